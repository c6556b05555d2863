using System.Security.Cryptography;
using System.Text;
using Disputes.Domain;
using Disputes.Hosting.Workers;
using Disputes.Projections;
using Disputes.Projections.Writing;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Disputes.Api.Assignment;

// Hands each waiting case to the eligible mediator with most spare capacity (MediatorEligibility), through the
// ordinary AssignCase path as the engine, so every assignment is an audited event like a manual one.
//
// With several instances and after kill -9:
// * One pass at a time across instances: a pass runs under a transaction-scoped PostgreSQL advisory lock on its own
//   connection, so two instances never count the same free seat twice; a killed instance's lock goes with its connection.
// * Never twice: each AssignCase carries the version the pass read (If-Match). A case claimed, assigned or changed
//   meanwhile makes it a version mismatch, and the case is looked at again by the next pass; the machine also refuses
//   AssignCase on a case already under mediation.
// * Never lost: nothing is claimed or dequeued. A waiting case is whatever the list rows say is AwaitingMediator; it
//   stays so until an assignment commits, and every pass (each commit that frees a case or a seat wakes one, the
//   next shift start another, and MaxIdle bounds the rest) looks at all of them.
public sealed class AutoAssigner(
    IDocumentStore store, IServiceScopeFactory scopes, IClock clock, IOptions<AssignmentOptions> options, AssignmentState state,
    ILogger<AutoAssigner> logger) : ILeasedWorker
{
    private readonly AssignmentOptions settings = options.Value;
    private readonly long lockId = LockId(store.Options.DatabaseSchemaName);
    private Instant? nextShift;

    Task ILeasedWorker.WorkAsync(CancellationToken stopping) => AssignWaitingAsync(stopping);

    public Task<Instant?> NextWakeAsync(CancellationToken ct) => Task.FromResult(nextShift);

    // One pass over the queue. Tests and the simulation call it after moving the fake clock; the hosted loop the same.
    public async Task<AssignmentResult> AssignWaitingAsync(CancellationToken ct = default)
    {
        if (!settings.AutoAssign)
            return AssignmentResult.None;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        // The desk's lock lives in a transaction on its own connection: however the pass ends (an error, a cancelled
        // run, a killed process), ending the transaction or the connection releases it; nothing is left held in the pool.
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Wait at most Lease for another instance's pass; it sees the same queue, so giving up loses nothing.
        await StoreSql.Execute(connection, transaction, "select set_config('lock_timeout', $1, true)", ct, $"{(long)settings.Lease.TotalMilliseconds}ms");
        try
        {
            await StoreSql.Execute(connection, transaction, "select pg_advisory_xact_lock($1)", ct, lockId);
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.LockNotAvailable)
        {
            logger.LogInformation("Another instance's assignment pass outlasted {Lease}; this one is skipped.", settings.Lease);
            return AssignmentResult.None;
        }
        var result = await PassAsync(ct);
        state.Counted(result);
        await transaction.CommitAsync(CancellationToken.None);
        return result;
    }

    private async Task<AssignmentResult> PassAsync(CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var desk = await DeskQueue.LoadAsync(store, ct);
        var held = desk.Held.ToDictionary();
        int assigned = 0, lost = 0, waiting = 0;
        foreach (var row in desk.Waiting)
        {
            if (ct.IsCancellationRequested)
                break;
            if (MediatorEligibility.Choose(desk.Profiles, row, held, now) is not { } mediator)
            {
                waiting++;
                continue;
            }
            if (await AssignAsync(row, mediator.Id, ct))
            {
                held[mediator.Id] = held.GetValueOrDefault(mediator.Id) + 1;
                assigned++;
            }
            else
            {
                lost++;
            }
        }
        // With cases left waiting, look again when the next shift begins (a seat freed by a commit wakes us anyway).
        nextShift = waiting == 0 ? null
            : desk.Profiles.Select(p => p.WorkingHours.CurrentOrNextWindow(now).Start).Where(start => start > now).Cast<Instant?>().Min();
        return new AssignmentResult(assigned, waiting, lost);
    }

    private async Task<bool> AssignAsync(DisputeListItem row, string mediatorId, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            var context = scope.ServiceProvider.GetRequiredService<CommandContext>();
            context.Caller = AutoAssignRequest.Caller;
            context.ExpectedVersion = row.Version;
            context.CorrelationId = $"assignment:{row.Id}:{row.Version}";
            var outcome = await sender.Send(new AutoAssignRequest(row.Id, mediatorId), ct);
            if (outcome is Written { Appended: true })
            {
                logger.LogInformation("Assigned dispute {DisputeId} to mediator {MediatorId}.", row.Id, mediatorId);
                return true;
            }
            logger.LogInformation("Dispute {DisputeId} changed before it could be assigned ({Outcome}); the next pass looks again.",
                row.Id, outcome.GetType().Name);
            return false;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The case stays waiting; the next pass tries again.
            logger.LogWarning(e, "Could not assign dispute {DisputeId}.", row.Id);
            return false;
        }
    }

    // One lock per schema: instances on other schemas of the same database assign independently.
    private static long LockId(string schema) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"disputes-auto-assignment:{schema}")), 0);
}

// The engine assigns, as it expires clocks; "auto-assignment" is the caller recorded on the event.
public sealed record AutoAssignRequest(Guid DisputeId, string MediatorId) : ICommand<CommandOutcome>
{
    public static Caller Caller { get; } = new("auto-assignment", Caller.EngineRole);
}

public sealed class AutoAssignHandler(DisputeWriter writer) : ICommandHandler<AutoAssignRequest, CommandOutcome>
{
    public async ValueTask<CommandOutcome> Handle(AutoAssignRequest request, CancellationToken ct) =>
        await writer.Execute(new Disputes.Domain.AssignCase(request.DisputeId, request.MediatorId, Actor.System), ct);
}
