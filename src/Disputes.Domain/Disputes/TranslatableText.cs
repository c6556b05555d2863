using System.Collections.Immutable;

namespace Disputes.Domain;

// What the state keeps of each text a participant wrote: enough to check a translation against it (its hash and
// language), not the text itself, which stays in its event. Language null: stored before languages were recorded.
public sealed record TranslatableText(string Sha256, LanguageTag? Language)
{
    public const int MaxTranslations = 10;

    public ImmutableList<TextTranslation> Translations { get; init; } = [];

    // Texts stored before languages were recorded, like every text the engine composes, are English.
    public LanguageTag Original => Language ?? LanguageTag.English;
}
