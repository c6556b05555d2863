using Disputes.Hosting.Workers;
using Disputes.Projections.Telemetry;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Disputes.Webhooks.Delivery;

public sealed record DispatchResult(int Claimed, int Delivered, int Failed, int DeadLettered) : IWorkerTally<DispatchResult>
{
    public static DispatchResult None { get; } = new(0, 0, 0, 0);

    public DispatchResult Add(DispatchResult other) =>
        new(Claimed + other.Claimed, Delivered + other.Delivered, Failed + other.Failed, DeadLettered + other.DeadLettered);
}

// Delivers the outbox: claim the deliverable heads under a lease, POST each once, record what happened, repeat.
//
// At least once, in order per (subscription, dispute), with any number of instances on one database:
// * A row is deleted only after its receiver answered 2xx. A crash anywhere before that leaves the row with a
//   lease (or a retry time); it is attempted again, here or elsewhere, so nothing committed is ever lost, and
//   a receiver may see a notification twice (same Disputes-Webhook-Id; deduplicate on disputeId + version).
// * Only the oldest row of a pair is claimable (WebhookOutbox), so the next one of that pair is not even
//   claimed before the previous one is deleted. A failed head keeps its place: its pair waits for its retry,
//   and a dead-lettered head holds the pair until an admin redelivers it.
// * A notification is claimed right before its POST, and the lease (at least twice AttemptTimeout) outlasts that
//   one attempt, so a claim cannot be taken over while its POST may still arrive; SKIP LOCKED keeps concurrent
//   claim statements off each other's rows.
public sealed class WebhookDispatcher(
    WebhookOutbox outbox,
    WebhookSender sender,
    WebhookRetrySchedule schedule,
    IClock clock,
    IOptions<WebhookOptions> options,
    WebhookMetrics metrics,
    WebhookDispatcherState state,
    ILogger<WebhookDispatcher> logger) : ILeasedWorker
{
    private readonly WebhookOptions settings = options.Value;

    Task ILeasedWorker.WorkAsync(CancellationToken stopping) => DrainAsync(stopping);

    // Parallelism workers, each claiming one notification just before its POST (so the lease covers exactly one
    // attempt, never a wait in a queue) until nothing is claimable. A worker that delivers a head claims again at
    // once, and so usually sends the next notification of that pair straight after.
    public async Task<DispatchResult> DrainAsync(CancellationToken ct = default)
    {
        // One claim before the others start: a wakeup with nothing to deliver (every commit wakes the dispatcher,
        // subscribed or not) costs one query instead of one per worker — 4.5 claim queries per command under load
        // before (docs/PERFORMANCE.md).
        var first = await ClaimOneAsync(ct);
        if (first is null)
            return DispatchResult.None;
        var workers = await Task.WhenAll(Enumerable.Range(0, settings.Parallelism).Select(i => WorkAsync(i == 0 ? first : null, ct)));
        return workers.Aggregate(DispatchResult.None, (total, worker) => total.Add(worker));
    }

    private async Task<ClaimedNotification?> ClaimOneAsync(CancellationToken ct)
    {
        var claimed = await outbox.ClaimAsync(clock.GetCurrentInstant(), 1, Duration.FromTimeSpan(settings.Lease), state.Instance, ct);
        return claimed.Count == 0 ? null : claimed[0];
    }

    private async Task<DispatchResult> WorkAsync(ClaimedNotification? first, CancellationToken ct)
    {
        var total = DispatchResult.None;
        while (!ct.IsCancellationRequested)
        {
            var n = first ?? await ClaimOneAsync(ct);
            first = null;
            if (n is null)
                break;
            // Once claimed, the attempt runs to its end even when the host is stopping: it is bounded by the
            // attempt timeout (well inside the shutdown bound), and its outcome is recorded instead of leaving a
            // claim that blocks the dispute's later notifications until the lease runs out.
            var data = n.Payload ?? (await outbox.EventDataAsync([n.Sequence], CancellationToken.None)).GetValueOrDefault(n.Sequence);
            var outcome = await DeliverOneAsync(n, data, CancellationToken.None);
            var result = new DispatchResult(1, outcome == Outcome.Delivered ? 1 : 0, outcome == Outcome.Failed ? 1 : 0, outcome == Outcome.DeadLettered ? 1 : 0);
            state.Counted(result);
            total = total.Add(result);
        }
        return total;
    }

    private async Task<Outcome> DeliverOneAsync(ClaimedNotification n, string? eventData, CancellationToken ct)
    {
        // One span per attempt, parent of the HTTP client's span and the outbox writes; idle polling is not traced.
        using var activity = DisputesTelemetry.Source.StartActivity("webhook deliver");
        activity?.SetTag(DisputesTelemetry.DisputeId, n.DisputeId);
        activity?.SetTag("disputes.webhook.subscription_id", n.SubscriptionId);
        activity?.SetTag("disputes.webhook.attempt", n.Attempts);
        try
        {
            var outcome = await AttemptAsync(n, eventData, ct);
            activity?.SetTag(DisputesTelemetry.Outcome, outcome.ToString());
            return outcome;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Outcome not recorded (database trouble): the lease runs out and the attempt is made again.
            logger.LogWarning(e, "Webhook {Notification}: the attempt's outcome could not be recorded.", n.ToString());
            metrics.Failed();
            return Outcome.Failed;
        }
    }

    private async Task<Outcome> AttemptAsync(ClaimedNotification n, string? eventData, CancellationToken ct)
    {
        SendResult result;
        if (eventData is null)
            // Not expected: events are never deleted while their notifications wait. Keep it visible and retry.
            result = new SendResult.Failed(null, $"Event {n.Sequence} was not found in the event store.");
        else
        {
            var body = WebhookPayload.Build(n, eventData, WebhookUrls.DisputeLink(settings.PublicBaseUrl, n.DisputeId));
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            result = await sender.SendAsync(n, body, ct);
            metrics.Attempted(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }

        switch (result)
        {
            case SendResult.Delivered:
                await outbox.DeliveredAsync(n, ct);
                metrics.Delivered();
                return Outcome.Delivered;
            case SendResult.Failed(var status, var error) when schedule.IsExhausted(n.Attempts):
                logger.LogWarning("Webhook {Notification} dead-lettered after {Attempts} attempts: {Error}", n.ToString(), n.Attempts, error);
                await outbox.DeadLetterAsync(n, clock.GetCurrentInstant(), status, error, ct);
                metrics.DeadLettered();
                return Outcome.DeadLettered;
            case SendResult.Failed(var status, var error):
                var retryAt = clock.GetCurrentInstant() + Duration.FromTimeSpan(schedule.DelayAfter(n.Attempts));
                logger.LogInformation("Webhook {Notification} failed, next attempt at {RetryAt}: {Error}", n.ToString(), retryAt, error);
                await outbox.RetryLaterAsync(n, retryAt, status, error, ct);
                metrics.Failed();
                return Outcome.Failed;
            default:
                throw new InvalidOperationException($"Unknown send result {result.GetType().Name}.");
        }
    }

    public Task<Instant?> NextWakeAsync(CancellationToken ct) => outbox.NextWakeAsync(clock.GetCurrentInstant(), ct);

    private enum Outcome { Delivered, Failed, DeadLettered }
}
