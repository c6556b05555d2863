using Disputes.Domain;
using Disputes.Statistics.Facts;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Disputes.Statistics.Daily;

// Async (the hot/cold daemon): every opening and closing of a day lands on the same few rows, which inline would
// make a hot spot for concurrent commands. Partial for Marten 9's source generator; the explicit Evolve takes the
// enriched DisputeResolution (PageFacts), which carries the reason DisputeClosed does not repeat.
public partial class DailyReasonStatisticsProjection : MultiStreamProjection<DailyReasonStatistics, string>
{
    public DailyReasonStatisticsProjection()
    {
        IncludeType<DisputeOpened>();
        IncludeType<DisputeClosed>();
        CustomGrouping(new PageGrouper(Route));
    }

    private static string? Route(object data, PageFacts page) => data switch
    {
        DisputeOpened o => DailyReasonStatistics.IdFor(DailyReasonStatistics.DayOf(o.At), o.Reason),
        DisputeResolution r => DailyReasonStatistics.IdFor(DailyReasonStatistics.DayOf(r.At), r.Reason),
        _ => null,
    };

    public override DailyReasonStatistics? Evolve(DailyReasonStatistics? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case DisputeOpened opened:
                var day = snapshot ?? DailyReasonStatistics.For(DailyReasonStatistics.DayOf(opened.At), opened.Reason);
                day.Opened++;
                return day;
            case DisputeResolution resolution:
                var closingDay = snapshot ?? DailyReasonStatistics.For(DailyReasonStatistics.DayOf(resolution.At), resolution.Reason);
                closingDay.Resolved.Add(resolution.Outcome);
                if (resolution.ByDeadline) closingDay.ResolvedByDeadline++;
                return closingDay;
            default:
                return snapshot;
        }
    }
}
