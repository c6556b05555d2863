using NodaTime;

namespace Disputes.Domain;

// Provenance travels with the translation: from and to which language, the original's SHA-256, who submitted it and,
// for a machine translation, which engine made it. The original event is never touched.
public sealed record TextTranslated(
    Guid DisputeId,
    long TextVersion,
    LanguageTag From,
    LanguageTag To,
    string Translation,
    string OriginalSha256,
    string? Engine,
    Actor By,
    Instant At) : IDisputeEvent;
