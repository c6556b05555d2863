using Disputes.Projections.Writing;
using Mediator;

namespace Disputes.Hosting.Requests;

// Every use case handles its request the same way — through the shared write path — so each one's handler
// is this class closed over its request type (Mediator's generator still sees one handler per request).
public abstract class DisputeCommandHandler<TRequest>(DisputeWriter writer) : ICommandHandler<TRequest, CommandOutcome>
    where TRequest : IDisputeCommandRequest
{
    public async ValueTask<CommandOutcome> Handle(TRequest request, CancellationToken ct)
    {
        var command = request.ToCommand();
        // The language of the author's text is stated on every written command, English when the body left it out.
        return await writer.Execute(request is IWrittenRequest written ? IWrittenRequest.Stated(command, written) : command, ct);
    }
}
