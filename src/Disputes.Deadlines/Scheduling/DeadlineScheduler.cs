using System.Diagnostics;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Hosting.Telemetry;
using Disputes.Hosting.Workers;
using Disputes.Projections.Telemetry;
using Disputes.Projections.Writing;
using Mediator;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Disputes.Deadlines.Scheduling;

// Released: claimed but handed back unfired because the instance is shutting down.
// Added up, LastLag is the latest one.
public sealed record DrainResult(int Claimed, int Expired, int Stale, int Failed, Duration? LastLag, int Released = 0) : IWorkerTally<DrainResult>
{
    public static DrainResult None { get; } = new(0, 0, 0, 0, null);

    public DrainResult Add(DrainResult other) => new(
        Claimed + other.Claimed, Expired + other.Expired, Stale + other.Stale, Failed + other.Failed, other.LastLag ?? LastLag,
        Released + other.Released);
}

// Fires due deadlines: claim a small batch under a lease, commit its expiries together (ExpiryBatch), send what that
// leaves through Mediator one by one, repeat.
//
// Exactly once, with any number of instances on one database:
// * At most once: an expiry appends only through DisputeWriter (FetchForWriting) or ExpiryBatch (the
//   dispute's document), each with the stream's optimistic concurrency. The decider appends DeadlineExpired only while the state still runs
//   that clock (kind + due instant) and, by the same events, removes it. Two instances racing on one
//   deadline (a lease that ran out under a slow claimer) both decide on version v; one commits v+1, the
//   other gets a ConcurrencyException, re-reads, finds the clock gone and appends nothing (stale).
// * At least once: the row is deleted only by the inline projection in the transaction that appends the
//   expiry (or the cancel/replace). A crash anywhere between claim and that commit leaves the row with a
//   lease; when the lease runs out any instance claims it again. Failures keep the claim and move its end.
// * SKIP LOCKED only keeps concurrent claimers off each other's rows while a claim statement runs; the
//   lease (claimed_until, by the injected clock) keeps them off while the expiries run.
public sealed class DeadlineScheduler(
    DeadlineQueue queue,
    ExpiryBatch batch,
    IServiceScopeFactory scopes,
    IClock clock,
    IOptions<SchedulerOptions> options,
    SchedulerMetrics metrics,
    SchedulerState state,
    ILogger<DeadlineScheduler> logger) : ILeasedWorker
{
    private readonly SchedulerOptions settings = options.Value;

    Task ILeasedWorker.WorkAsync(CancellationToken stopping) => DrainDueAsync(stopping);

    // Everything due now, batch by batch, oldest first. Tests call this after moving the fake clock;
    // the hosted loop calls the same method. Parallelism batches at once: while one lane decides and serializes, the
    // database commits another's, so neither waits on the other (SKIP LOCKED and the lease keep the lanes' claims
    // apart as they keep instances apart).
    public async Task<DrainResult> DrainDueAsync(CancellationToken ct = default)
    {
        var lanes = await Task.WhenAll(Enumerable.Range(0, Math.Max(1, settings.Parallelism)).Select(_ => DrainLaneAsync(ct)));
        return lanes.Aggregate(DrainResult.None, (total, lane) => total.Add(lane));
    }

    private async Task<DrainResult> DrainLaneAsync(CancellationToken ct)
    {
        var total = DrainResult.None;
        while (!ct.IsCancellationRequested)
        {
            // Not cancelled midway: a claim that committed as we gave up would hide its rows for a whole lease.
            var claimed = await ClaimAsync(CancellationToken.None);
            var batch = await FireAsync(claimed, ct);
            total = total.Add(batch);
            state.Counted(batch);
            // A short batch means nothing else is due and unclaimed right now.
            if (claimed.Count < settings.BatchSize)
                break;
            // Between batches, let requests queued on the thread pool go first.
            await Task.Yield();
        }

        return total;
    }

    public async Task<IReadOnlyList<ClaimedDeadline>> ClaimAsync(CancellationToken ct = default)
    {
        var claimed = await queue.ClaimAsync(
            clock.GetCurrentInstant(), settings.BatchSize, Duration.FromTimeSpan(settings.Lease), state.Instance, ct);
        metrics.Claimed(claimed.Count);
        return claimed;
    }

    public async Task<DrainResult> FireAsync(IReadOnlyList<ClaimedDeadline> claimed, CancellationToken ct = default)
    {
        // A span per batch that fired something; an idle look is not worth a trace.
        using var activity = claimed.Count == 0 ? null : DisputesTelemetry.Source.StartActivity("deadlines fire");
        activity?.SetTag("disputes.deadlines.claimed", claimed.Count);
        int expired = 0, stale = 0, failed = 0;
        Duration? lastLag = null;
        // ct means "stop": an expiry already running finishes (cancelling it would throw away a decided command
        // and leave its row to wait out the lease); one not started yet is handed back at once for another instance.
        // The host's shutdown timeout (Disputes:Shutdown:Timeout) bounds how long the running ones may take.
        var left = claimed;
        if (claimed.Count > 0 && !ct.IsCancellationRequested)
        {
            var batch = await CommitBatchAsync(claimed);
            foreach (var (deadline, lag) in batch.Expired)
                metrics.Expired(lag, deadline.Kind.ToString());
            expired = batch.Expired.Count;
            lastLag = batch.Expired.Count > 0 ? batch.Expired[^1].Lag : null;
            activity?.SetTag("disputes.deadlines.batched", batch.Expired.Count);
            left = batch.Left;
        }

        // One at a time: the other lanes hold the instance's other connections, and a batch rarely comes back.
        var unfired = new List<ClaimedDeadline>();
        foreach (var deadline in left)
        {
            if (ct.IsCancellationRequested)
            {
                unfired.Add(deadline);
                continue;
            }
            switch (await FireOneAsync(deadline, CancellationToken.None))
            {
                case Fired.Expired(var lag):
                    expired++;
                    lastLag = lag;
                    break;
                case Fired.Stale:
                    stale++;
                    break;
                default:
                    failed++;
                    break;
            }
        }
        if (unfired.Count > 0)
        {
            await queue.ReleaseAsync(unfired, CancellationToken.None);
            logger.LogInformation("Stopping: released {Count} claimed deadlines for other instances.", unfired.Count);
        }
        return new DrainResult(claimed.Count, expired, stale, failed, lastLag, unfired.Count);
    }

    // The claimed expiries that append, in one commit; whatever it leaves, or all of them when the commit fails (a
    // dispute written meanwhile, a database error), goes one by one through the write path, which decides each again
    // on a fetch: an expiry the failed commit held is appended once, by that path, or found stale.
    private async Task<BatchCommit> CommitBatchAsync(IReadOnlyList<ClaimedDeadline> claimed)
    {
        try
        {
            return await batch.CommitAsync(claimed, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogInformation(e, "A batch of {Count} expiries was not committed; firing them one by one.", claimed.Count);
            Activity.Current?.AddEvent(new ActivityEvent("batch not committed; firing one by one"));
            return BatchCommit.Nothing(claimed);
        }
    }

    private async Task<Fired> FireOneAsync(ClaimedDeadline deadline, CancellationToken ct)
    {
        using var activity = DisputesTelemetry.Source.StartActivity("deadline expire");
        activity?.SetTag(DisputesTelemetry.DisputeId, deadline.DisputeId);
        activity?.SetTag("disputes.deadline.kind", deadline.Kind.ToString());
        activity?.SetTag("disputes.deadline.attempt", deadline.Attempts);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            var request = new ExpireDeadlineRequest(deadline.DisputeId, deadline.Kind, deadline.DueAt,
                ExpireDeadlineRequest.CorrelationFor(deadline.DisputeId, deadline.Kind, deadline.DueAt));
            // Before Send, so the Mediator span and log scope carry the deadline's correlation id too.
            scope.ServiceProvider.GetRequiredService<CommandContext>().CorrelationId = request.CorrelationId;
            activity?.SetTag(DisputesTelemetry.CorrelationId, request.CorrelationId);
            switch (await sender.Send(request, ct))
            {
                case Written { Appended: true }:
                    var lag = clock.GetCurrentInstant() - deadline.DueAt;
                    metrics.Expired(lag, deadline.Kind.ToString());
                    return new Fired.Expired(lag);
                case Written:
                    await queue.RemoveStaleAsync(deadline, ct);
                    metrics.Stale();
                    return new Fired.Stale();
                case CommandRefused refused:
                    // Not expected (the decider accepts every due clock it still runs); keep it visible and retry.
                    return await RetryLater(deadline, $"refused: {refused.Refusal.Rule}: {refused.Refusal.Message}", ct);
                case var other:
                    return await RetryLater(deadline, $"unexpected outcome {other.GetType().Name}", ct);
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return await RetryLater(deadline, e.Message, ct, e);
        }
    }

    private async Task<Fired> RetryLater(ClaimedDeadline deadline, string error, CancellationToken ct, Exception? exception = null)
    {
        logger.LogWarning(exception, "Deadline {Kind} of dispute {DisputeId} due {DueAt} failed (attempt {Attempt}): {Error}",
            deadline.Kind, deadline.DisputeId, deadline.DueAt, deadline.Attempts, error);
        metrics.Failed();
        var backoff = settings.RetryAfter * Math.Min(deadline.Attempts, 20);
        try
        {
            await queue.RetryLaterAsync(deadline, clock.GetCurrentInstant() + Duration.FromTimeSpan(backoff), error, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The lease still runs out on its own; the deadline is delayed, not lost.
            logger.LogWarning(e, "Could not postpone deadline {Kind} of dispute {DisputeId}.", deadline.Kind, deadline.DisputeId);
        }
        return new Fired.Failed();
    }

    public Task<Instant?> NextWakeAsync(CancellationToken ct) => queue.NextWakeAsync(ct);

    private abstract record Fired
    {
        public sealed record Expired(Duration Lag) : Fired;
        public sealed record Stale : Fired;
        public sealed record Failed : Fired;
    }
}
