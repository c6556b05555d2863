using NodaTime;

namespace Disputes.Domain;

public sealed record TextTranslation(LanguageTag From, LanguageTag To, string Translation, string? Engine, Actor By, Instant At);
