using System.Diagnostics;
using Disputes.Domain;
using Disputes.Projections.Store;
using Disputes.Projections.Telemetry;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Disputes.Projections.Writing;

// The write path every command shares, whoever sends it (an HTTP request, the deadline scheduler): fetch the
// stream, decide under the dispute's own policy, append, save — events, inline projections and the idempotency
// record in one transaction. It answers with domain data; what a reply looks like is the sender's business.
public sealed class DisputeWriter(
    IDocumentStore store, IClock clock, PolicyCatalog catalog, CommandContext context, IIdempotencyRecords idempotencyRecords,
    WrittenDisputes written, ILogger<DisputeWriter> logger)
{
    // Enough for a burst of writers on one dispute (64 at once in the reliability suite; 20 ran out); each retry
    // re-reads and re-decides, so none is lost. Taking the stream's row lock instead deadlocked against optimistic
    // writers and other writers' idempotency keys (PostgreSQL needs a second to break each deadlock).
    private const int MaxAttempts = 50;

    public async Task<CommandOutcome> Execute(IDisputeCommand command, CancellationToken ct)
    {
        // Every span and log line of this command names its dispute, whoever sent it (HTTP or the scheduler).
        Activity.Current?.SetTag(DisputesTelemetry.DisputeId, command.DisputeId);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["DisputeId"] = command.DisputeId, ["CorrelationId"] = context.CorrelationId });

        // Marten refuses the empty UUID as a stream id with an exception (a 500 the fuzzer found): no dispute has it.
        if (command.DisputeId == Guid.Empty)
            return new CommandRefused(command is OpenDispute
                ? Refusal.Invalid("disputeId", "disputeId must not be the empty UUID.")
                : new Refusal(RefusalKind.DisputeNotFound, "dispute-not-found", $"Dispute {Guid.Empty} does not exist.", []));

        // A programming error, not a client's: every path that writes (CommandContextFilter, the scheduler) names its caller.
        if (context.Caller is null)
            throw new InvalidOperationException($"{command.GetType().Name} on {command.DisputeId} has no caller to record on its events.");

        var idempotency = context.Idempotency;
        if (idempotency is not null && await idempotencyRecords.Find(idempotency, ct) is { } previous)
            return previous;

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // A retry with a key first looks whether a racer with the same key has answered meanwhile.
                if (attempt > 1 && idempotency is not null && await idempotencyRecords.Find(idempotency, ct) is { } answered)
                    return answered;
                // First on what this instance last committed, if it may be trusted; a fetch when not, or when that
                // verdict is one a stale state could have given (a refusal, a repeat): those are decided on the store.
                return (attempt == 1 && Trusted(command.DisputeId) is { } mine ? await Attempt(command, idempotency, mine, ct) : null)
                    // On a fetch, every verdict is answered.
                    ?? (await Attempt(command, idempotency, null, ct))!;
            }
            // Two first writes to one id collide on the stream row, not on a version: same conflict, same answer.
            // Quick append reports a lost race as EventStreamUnexpectedMaxEventIdException, which is not a
            // ConcurrencyException: without it here 64 concurrent writers got 500s (docs/RELIABILITY.md).
            catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException or JasperFx.Events.EventStreamUnexpectedMaxEventIdException)
            {
                // With If-Match the client decided on a version it saw; anything newer is their conflict to resolve.
                if (context.ExpectedVersion is { } expected)
                    return new VersionMismatch(command.DisputeId, expected);
                // Without it, someone else wrote first: decide again on the new state so no acknowledged action is lost.
                if (attempt == MaxAttempts)
                    throw new StreamContendedException(command.DisputeId, e);
                Activity.Current?.AddEvent(new ActivityEvent("concurrency conflict; deciding again"));
                // Jitter so writers that collided do not collide again in lockstep.
                await Task.Delay(Random.Shared.Next(1, 5 * Math.Min(attempt, 10)), ct);
            }
            // Another dispute holds the order: a conflict to report, never a collision to retry blindly.
            catch (Exception e) when (OpenDisputesByOrder.IsConflict(e) && command is OpenDispute open)
            {
                if (await HolderOf(open.OrderId, ct) is { } holder && holder != open.DisputeId)
                    return new OrderHasOpenDispute(open.OrderId, holder);
                // This very dispute holds it (an identical open raced us) or it has just closed: decide again.
                if (attempt == MaxAttempts)
                    throw;
            }
            // Two writers of one key: one locked the stream, the other inserted the key first, and PostgreSQL broke
            // the cycle by aborting one (the reliability run's 503s). Nothing was written; decide again.
            catch (Exception e) when (IsDeadlockVictim(e))
            {
                if (attempt == MaxAttempts)
                    throw new StreamContendedException(command.DisputeId, e);
                await Task.Delay(Random.Shared.Next(1, 5 * Math.Min(attempt, 10)), ct);
            }
            // The same key raced us and committed first; its transaction holds the answer, ours was rolled back.
            catch (Exception e) when (idempotency is not null && idempotencyRecords.LostRace(e))
            {
                return await idempotencyRecords.Find(idempotency, ct) ?? throw new InvalidOperationException("Idempotency record vanished.");
            }
        }
    }

    private static bool IsDeadlockVictim(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
            if (inner is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.DeadlockDetected or Npgsql.PostgresErrorCodes.SerializationFailure })
                return true;
        return false;
    }

    private async Task<Guid?> HolderOf(string orderId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await OpenDisputesByOrder.Find(session, orderId, ct);
    }

    // With If-Match, only a state at exactly that version; otherwise the fetch says whether the client is behind.
    private DisputeDetails? Trusted(Guid disputeId) =>
        written.Find(disputeId) is { } mine && (context.ExpectedVersion is not { } expected || expected == mine.Version) ? mine : null;

    // Decides on `mine` (the document this instance last committed) without reading the store, or on a fetch when
    // null. On `mine`, null asks for a fetch instead: only appends are checked against the store (by their version).
    private async Task<CommandOutcome?> Attempt(IDisputeCommand command, IdempotencyRequest? idempotency, DisputeDetails? mine, CancellationToken ct)
    {
        // A fresh session per attempt: a retry must not see the aggregate cached by the failed one.
        await using var session = store.LightweightSession();
        session.CorrelationId = context.CorrelationId;
        JasperFx.Events.IEventStream<DisputeDetails>? stream = null;
        if (mine is not null)
            MartenInternals.HoldInIdentityMap(session, command.DisputeId, mine);
        else
            stream = context.ExpectedVersion is { } expected
                ? await session.Events.FetchForWriting<DisputeDetails>(command.DisputeId, expected, ct)
                : await session.Events.FetchForWriting<DisputeDetails>(command.DisputeId, ct);

        var current = mine ?? stream!.Aggregate;
        var state = current?.State;
        var version = mine?.Version ?? stream!.StartingVersion ?? 0;
        // A new dispute opens under today's policy; an existing one carries the policy it opened under.
        var policy = state?.Policy ?? catalog.Current;
        var now = clock.GetCurrentInstant();
        // The decider is pure: what became of the order's earlier disputes comes with the opening (the reopening rule).
        // Only a well-formed opening looks its order up, so no unchecked id (a NUL, say) reaches a query; one past the
        // storefront's protection end does, since an earlier dispute may have extended the protection.
        if (command is OpenDispute { Earlier: null } open && state is null
            && DisputeDecider.Decide(open, null, now, policy) is Accepted or Refused { Refusal.Rule: "opening-window-closed" })
            command = open with { Earlier = await EarlierDisputes.Of(session, open.OrderId, ct) };
        CommandOutcome outcome;
        DisputeDetails? committed = null;
        var verdict = DisputeDecider.Decide(command, state, now, policy);
        if (mine is not null && verdict is not Accepted { Events.Count: > 0 })
            return null;
        switch (verdict)
        {
            case Refused refused:
                outcome = new CommandRefused(refused.Refusal);
                break;
            // Nothing to append: answer with the version of the document that was decided on. The stream version
            // is read in a statement of its own and may predate a commit the document already shows.
            case Accepted { Events.Count: 0 }:
                outcome = new Written(state!, current!.Version, Appended: false);
                break;
            case Accepted accepted:
                foreach (var (key, value) in EventHeaders.Of(policy.Version, context.Caller!, idempotency?.Key))
                    session.SetHeader(key, value);
                var appended = accepted.Events.Cast<object>().ToArray();
                if (stream is not null)
                    stream.AppendMany(appended);
                else
                    session.Events.Append(command.DisputeId, version + appended.Length, appended);
                committed = DisputeDetails.Committed(current, command.DisputeId, version, accepted.Events);
                outcome = new Written(committed.State, committed.Version, Appended: true, Created: state is null);
                break;
            default:
                throw new InvalidOperationException("Unknown verdict.");
        }

        if (idempotency is not null)
            idempotencyRecords.Keep(session, idempotency, command.DisputeId, outcome, now);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch
        {
            // Refused or failed: what this instance believed about the dispute is no longer to be trusted.
            written.Forget(command.DisputeId, wasTrusted: mine is not null);
            throw;
        }
        if (committed is not null)
            written.Committed(committed, withoutFetch: mine is not null);
        return outcome;
    }
}
