using Mediator;

namespace Disputes.Api.Commands;

// Every use case handles its request the same way — through the shared write path — so each one's handler
// is this class closed over its request type (Mediator's generator still sees one handler per request).
public abstract class DisputeCommandHandler<TRequest>(DisputeCommandExecutor executor) : ICommandHandler<TRequest, CommandOutcome>
    where TRequest : IDisputeCommandRequest
{
    public async ValueTask<CommandOutcome> Handle(TRequest request, CancellationToken ct) =>
        await executor.Execute(request.ToCommand(), ct);
}
