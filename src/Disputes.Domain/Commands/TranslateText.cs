namespace Disputes.Domain;

// A translation of one text of the dispute (named by the version of the event that holds it), stored beside the
// original. Engine: the machine translation that produced it; null when the acting person translated it themself.
// OriginalSha256 is the hash of the text as the translator read it: the translation is attached only to that text.
public sealed record TranslateText(
    Guid DisputeId,
    long TextVersion,
    LanguageTag To,
    string Translation,
    string OriginalSha256,
    string? Engine,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.TranslateText;

    // What is stored: a blank engine is a person's translation.
    public string? StoredEngine => string.IsNullOrWhiteSpace(Engine) ? null : Engine;
}
