using Disputes.Api.Scheduling;
using Disputes.Api.Views;
using Disputes.Domain;
using Disputes.Projections;
using JasperFx;
using Marten;
using Marten.Exceptions;
using NodaTime;

namespace Disputes.Api.Commands;

// The write path every command shares: fetch the stream, decide under the dispute's own policy, append, save.
public sealed class DisputeCommandExecutor(IDocumentStore store, IClock clock, PolicyCatalog catalog, DisputeViews views)
{
    private const int MaxAttempts = 5;

    public async Task<CommandOutcome> Execute(IDisputeCommand command, long? expectedVersion, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await Attempt(command, expectedVersion, ct);
            }
            // Two first writes to one id collide on the stream row, not on a version: same conflict, same answer.
            catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
            {
                // With If-Match the client decided on a version it saw; anything newer is their conflict to resolve.
                if (expectedVersion is { } expected)
                    return new VersionMismatch(command.DisputeId, expected);
                // Without it, someone else wrote first: decide again on the new state so no acknowledged action is lost.
                if (attempt == MaxAttempts)
                    throw;
            }
        }
    }

    private async Task<CommandOutcome> Attempt(IDisputeCommand command, long? expectedVersion, CancellationToken ct)
    {
        // A fresh session per attempt: a retry must not see the aggregate cached by the failed one.
        await using var session = store.LightweightSession();
        session.CorrelationId = CommandCorrelation.Current ?? session.CorrelationId;
        var stream = expectedVersion is { } expected
            ? await session.Events.FetchForWriting<DisputeDetails>(command.DisputeId, expected, ct)
            : await session.Events.FetchForWriting<DisputeDetails>(command.DisputeId, ct);

        var state = stream.Aggregate?.State;
        var version = stream.StartingVersion ?? 0;
        var policy = state is null ? catalog.Current : catalog.Get(state.PolicyVersion);
        switch (DisputeDecider.Decide(command, state, clock.GetCurrentInstant(), policy))
        {
            case Refused refused:
                return new CommandRefused(refused.Refusal);
            case Accepted { Events.Count: 0 }:
                return new Written(views.For(state!, version), Appended: false);
            case Accepted accepted:
                stream.AppendMany(accepted.Events.Cast<object>().ToArray());
                await session.SaveChangesAsync(ct);
                var after = accepted.Events.Aggregate(state, DisputeEvolver.Evolve)!;
                return new Written(views.For(after, version + accepted.Events.Count), Appended: true);
            default:
                throw new InvalidOperationException("Unknown decision.");
        }
    }
}
