using NodaTime;

namespace Disputes.Domain;

public sealed record ResolutionRating(Party Party, int Score, string? Comment, Instant RatedAt)
{
    public const int Lowest = 1;
    public const int Highest = 5;
}
