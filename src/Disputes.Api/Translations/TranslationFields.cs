using System.Text.RegularExpressions;
using Disputes.Domain;
using Disputes.Hosting.Requests;

namespace Disputes.Api.Translations;

// What a translation request carries, whoever sends it (the platform's translation service or a mediator): the text by
// the version of its event, the target language, the translation, and the SHA-256 of the original as it was read.
public static partial class TranslationFields
{
    public static void Validate(RequestErrors errors, long? textVersion, string? to, string? translation, string? originalSha256)
    {
        if (errors.Required("textVersion", textVersion) && textVersion < 1)
            errors.Add("textVersion", "textVersion is the stream version of the event holding the text, from 1.");
        if (errors.Required("to", to))
            errors.LanguageTag("to", to);
        errors.Required("translation", translation);
        if (errors.Required("originalSha256", originalSha256) && !Sha256().IsMatch(originalSha256))
            errors.Add("originalSha256", "originalSha256 is the SHA-256 of the original text's UTF-8 bytes, 64 hex digits.");
    }

    public static IDisputeCommand Command(Guid disputeId, long textVersion, string to, string translation, string originalSha256, string? engine, Actor by) =>
        new TranslateText(disputeId, textVersion, LanguageTag.Parse(to), translation, originalSha256, engine, by);

    [GeneratedRegex("^[0-9A-Fa-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256();
}
