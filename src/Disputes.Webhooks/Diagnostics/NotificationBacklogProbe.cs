using System.Diagnostics.Metrics;
using Disputes.Hosting.Workers;
using Disputes.Projections.Telemetry;
using Disputes.Webhooks.Delivery;
using NodaTime;

namespace Disputes.Webhooks.Diagnostics;

// The notification backlog an operator alerts on, from the shared outbox: pending (of which held by a paused
// subscription, waiting for a retry, on the wire) and dead-lettered.
public sealed class NotificationBacklogProbe : BacklogProbe<WebhookBacklog>
{
    public NotificationBacklogProbe(WebhookOutbox outbox, IClock clock, IMeterFactory meters) : base(clock, outbox.BacklogAsync) =>
        meters.Create(DisputesTelemetry.MeterName).CreateObservableGauge("disputes.notifications.backlog", () => Backlog(), "{notification}",
            "Webhook notifications not yet delivered, by state: pending (all), paused, retrying, in_flight, dead.");

    private IEnumerable<Measurement<long>> Backlog()
    {
        if (Last is not { } b)
            yield break;
        yield return new(b.Pending, new KeyValuePair<string, object?>("state", "pending"));
        yield return new(b.Paused, new KeyValuePair<string, object?>("state", "paused"));
        yield return new(b.Retrying, new KeyValuePair<string, object?>("state", "retrying"));
        yield return new(b.InFlight, new KeyValuePair<string, object?>("state", "in_flight"));
        yield return new(b.DeadLetters, new KeyValuePair<string, object?>("state", "dead"));
    }
}
