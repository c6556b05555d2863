using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/appeal — back to mediation, with a different mediator; that decision is final.
public sealed record AppealDecisionBody(ActingAs? ActingAs, string? Reason, string? Language = null) : IActingBody;

public sealed record AppealDecisionRequest(Guid DisputeId, AppealDecisionBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("reason", Body.Reason);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.AppealDecision(DisputeId, Body!.Reason!, Body.ActingAs!.ToActor());
}

public sealed class AppealDecisionHandler(DisputeWriter writer) : DisputeCommandHandler<AppealDecisionRequest>(writer);

public static class AppealDecisionEndpoint
{
    public static void MapAppealDecision(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<AppealDecisionBody>("/{disputeId:guid}/appeal", (id, body, _) => new AppealDecisionRequest(id, body))
            .WithName("AppealDecision")
            .WithSummary("Appeal the mediator's decision once, within the appeal window (as the buyer or the seller)");
}
