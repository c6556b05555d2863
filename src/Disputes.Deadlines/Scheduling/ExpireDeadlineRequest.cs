using Disputes.Domain;
using Disputes.Projections.Writing;
using Mediator;
using NodaTime;

namespace Disputes.Deadlines.Scheduling;

// The scheduler's command: the same Mediator pipeline and write path as a user's; the engine acts, the scheduler calls.
public sealed record ExpireDeadlineRequest(Guid DisputeId, DeadlineKind Kind, Instant DueAt, string CorrelationId)
    : ICommand<CommandOutcome>
{

    // One id per deadline, so every attempt at it (after a crash, on another instance) correlates.
    public static string CorrelationFor(Guid disputeId, DeadlineKind kind, Instant dueAt) =>
        $"deadline:{disputeId}:{kind}:{dueAt.ToUnixTimeTicks()}";
}

// The scheduler sends an expiry here when its batch could not take it (ExpiryBatch), each in its own scope, so the
// scope's CommandContext carries its correlation id and caller exactly as an HTTP request's would.
public sealed class ExpireDeadlineHandler(DisputeWriter writer, CommandContext context) : ICommandHandler<ExpireDeadlineRequest, CommandOutcome>
{
    public async ValueTask<CommandOutcome> Handle(ExpireDeadlineRequest request, CancellationToken ct)
    {
        context.CorrelationId = request.CorrelationId;
        context.Caller = Caller.Scheduler;
        var command = new ExpireDeadline(request.DisputeId, request.Kind, request.DueAt, Actor.System);
        return await writer.Execute(command, ct);
    }
}
