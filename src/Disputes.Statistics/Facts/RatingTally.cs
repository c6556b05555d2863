using Disputes.Domain;

namespace Disputes.Statistics.Facts;

// Ratings of resolutions (ResolutionRated) as counts per score, so the average is exact and the spread is kept: an
// average of 3 from all threes and from ones and fives are different desks.
public sealed class RatingTally
{
    public long Count { get; set; }
    public long Total { get; set; }

    // Index 0 is a score of 1.
    public long[] ByScore { get; set; } = new long[ResolutionRating.Highest];

    public void Add(RatingTally other)
    {
        Count += other.Count;
        Total += other.Total;
        for (var i = 0; i < ByScore.Length; i++)
            ByScore[i] += other.ByScore[i];
    }

    public void Add(int score)
    {
        Count++;
        Total += score;
        ByScore[score - ResolutionRating.Lowest]++;
    }
}
