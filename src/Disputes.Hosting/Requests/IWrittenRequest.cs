using Disputes.Domain;

namespace Disputes.Hosting.Requests;

// A request whose body carries free text and may say what language it is written in ("language": "ru"). Checked with
// every other field (a tag that is not BCP 47 is a 400 naming "language"); left out, the text is taken as English —
// the language the support desk works in and the one escalations are read in. Not the author's preferred language:
// a preference says how to address someone, not what they wrote.
public interface IWrittenRequest
{
    string? Language { get; }

    public static void Validate(IWrittenRequest request, RequestErrors errors)
    {
        errors.LanguageTag("language", request.Language);
    }

    public static IDisputeCommand Stated(IDisputeCommand command, IWrittenRequest request) =>
        command is WrittenCommand written
            ? (IDisputeCommand)(written with { Language = LanguageTag.TryParse(request.Language, out var tag) ? tag : LanguageTag.English })
            : command;
}
