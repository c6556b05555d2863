using System.Diagnostics.Metrics;
using Disputes.Hosting.Telemetry;
using Disputes.Projections.Telemetry;
using Disputes.Webhooks.Delivery;
using NodaTime;

namespace Disputes.Webhooks.Diagnostics;

// The notification backlog an operator alerts on, read from the shared outbox so every instance reports the same
// figures: pending (of which held by a paused subscription, waiting for a retry, on the wire) and dead-lettered.
public sealed class NotificationBacklogProbe : IOperationalProbe
{
    private readonly WebhookOutbox outbox;
    private readonly IClock clock;
    private WebhookBacklog? last;

    public NotificationBacklogProbe(WebhookOutbox outbox, IClock clock, IMeterFactory meters)
    {
        this.outbox = outbox;
        this.clock = clock;
        var meter = meters.Create(DisputesTelemetry.MeterName);
        meter.CreateObservableGauge("disputes.notifications.backlog", () => Backlog(), "{notification}",
            "Webhook notifications not yet delivered, by state: pending (all), paused, retrying, in_flight, dead.");
    }

    private IEnumerable<Measurement<long>> Backlog()
    {
        if (last is not { } b)
            yield break;
        yield return new(b.Pending, new KeyValuePair<string, object?>("state", "pending"));
        yield return new(b.Paused, new KeyValuePair<string, object?>("state", "paused"));
        yield return new(b.Retrying, new KeyValuePair<string, object?>("state", "retrying"));
        yield return new(b.InFlight, new KeyValuePair<string, object?>("state", "in_flight"));
        yield return new(b.DeadLetters, new KeyValuePair<string, object?>("state", "dead"));
    }

    public async Task SampleAsync(CancellationToken ct) => last = await outbox.BacklogAsync(clock.GetCurrentInstant(), ct);
}
