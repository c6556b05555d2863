using System.Diagnostics.Metrics;

namespace Disputes.Deadlines.Scheduling;

// Meter "Disputes.Scheduler": lag (now − due, seconds) per fired deadline, and what each claim became.
public sealed class SchedulerMetrics
{
    public const string MeterName = "Disputes.Scheduler";
    public const string LagName = "disputes.scheduler.lag";

    private readonly Histogram<double> lag;
    private readonly Counter<long> claimed;
    private readonly Counter<long> expired;
    private readonly Counter<long> stale;
    private readonly Counter<long> failed;

    public SchedulerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        lag = meter.CreateHistogram<double>(LagName, "s", "How late a deadline fired: the clock at its expiry minus its due instant.");
        claimed = meter.CreateCounter<long>("disputes.scheduler.claimed", "{deadline}", "Deadlines claimed for expiry.");
        expired = meter.CreateCounter<long>("disputes.scheduler.expired", "{deadline}", "Deadlines whose expiry appended events.");
        stale = meter.CreateCounter<long>("disputes.scheduler.stale", "{deadline}", "Claimed deadlines the state had already moved past.");
        failed = meter.CreateCounter<long>("disputes.scheduler.failed", "{deadline}", "Expiry attempts that failed and will be retried.");
    }

    public void Claimed(int count) => claimed.Add(count);

    public void Expired(NodaTime.Duration lateBy, string kind)
    {
        expired.Add(1, new KeyValuePair<string, object?>("kind", kind));
        lag.Record(lateBy.TotalSeconds, new KeyValuePair<string, object?>("kind", kind));
    }

    public void Stale() => stale.Add(1);

    public void Failed() => failed.Add(1);
}
