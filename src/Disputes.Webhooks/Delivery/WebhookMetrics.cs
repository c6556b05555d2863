using System.Diagnostics.Metrics;

namespace Disputes.Webhooks.Delivery;

// Meter "Disputes.Webhooks": what each attempt became, and how long receivers took.
public sealed class WebhookMetrics
{
    public const string MeterName = "Disputes.Webhooks";

    private readonly Counter<long> delivered;
    private readonly Counter<long> failed;
    private readonly Counter<long> deadLettered;
    private readonly Histogram<double> duration;

    public WebhookMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        delivered = meter.CreateCounter<long>("disputes.webhooks.delivered", "{notification}", "Notifications a receiver accepted (2xx).");
        failed = meter.CreateCounter<long>("disputes.webhooks.failed", "{attempt}", "Attempts that failed and will be retried.");
        deadLettered = meter.CreateCounter<long>("disputes.webhooks.dead_lettered", "{notification}", "Notifications that used up their attempts.");
        duration = meter.CreateHistogram<double>("disputes.webhooks.attempt.duration", "s", "How long one delivery attempt took.");
    }

    public void Attempted(TimeSpan took) => duration.Record(took.TotalSeconds);

    public void Delivered() => delivered.Add(1);

    public void Failed() => failed.Add(1);

    public void DeadLettered() => deadLettered.Add(1);
}
