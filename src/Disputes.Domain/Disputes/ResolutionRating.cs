using NodaTime;

namespace Disputes.Domain;

public sealed record ResolutionRating(Party Party, int Score, string? Comment, Instant RatedAt)
{
    // The comment's language; null without a comment, or when the rating stated none.
    public LanguageTag? Language { get; init; }

    public const int Lowest = 1;
    public const int Highest = 5;
}
