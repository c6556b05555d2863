using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/escalate — either party hands the case to a mediator.
public sealed record EscalateBody(ActingAs? ActingAs, string? Reason, string? Language = null) : IActingBody;

public sealed record EscalateRequest(Guid DisputeId, EscalateBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("reason", Body.Reason);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.Escalate(DisputeId, Body!.Reason!, Body.ActingAs!.ToActor());
}

public sealed class EscalateHandler(DisputeWriter writer) : DisputeCommandHandler<EscalateRequest>(writer);

public static class EscalateEndpoint
{
    public static void MapEscalate(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<EscalateBody>("/{disputeId:guid}/escalate", (id, body, _) => new EscalateRequest(id, body))
            .WithName("Escalate")
            .WithSummary("Ask the platform to step in (as the buyer or the seller)");
}
