using NodaTime;

namespace Disputes.Statistics.Scorecards;

// Every first-response time of a seller, kept sorted so the median is exact and read in O(1). A histogram would
// bound the size but only approximate the median; a seller's answered disputes number in the thousands at most,
// a few dozen kilobytes of document, so exactness wins here (docs/projections.md says when to revisit that).
public sealed class ResponseTimes
{
    public List<Duration> Sorted { get; set; } = [];

    public void Add(Duration time)
    {
        var at = Sorted.BinarySearch(time);
        Sorted.Insert(at < 0 ? ~at : at, time);
    }

    public Duration? Median()
    {
        var n = Sorted.Count;
        if (n == 0)
            return null;
        return n % 2 == 1 ? Sorted[n / 2] : (Sorted[n / 2 - 1] + Sorted[n / 2]) / 2;
    }
}
