namespace Disputes.Statistics.Facts;

// Average rounded to two decimals, null before the first rating; byScore counts each score from 1 to 5.
public sealed record RatingsView(long Count, decimal? Average, IReadOnlyDictionary<string, long> ByScore)
{
    public static RatingsView From(RatingTally t) => new(
        t.Count,
        t.Count == 0 ? null : Math.Round((decimal)t.Total / t.Count, 2, MidpointRounding.AwayFromZero),
        t.ByScore.Select((n, i) => (Score: (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), n)).ToDictionary(x => x.Score, x => x.n));
}
