using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Mediation;

// POST /mediation/disputes/{id}/decision — full refund, partial refund (refundAmount), return and refund, or claim rejected; open to one appeal.
// considered: the ids of the dispute's evidence items the decision weighed; the event records each with its hash.
public sealed record RecordDecisionBody(DecisionKind? Decision, string? Rationale, MoneyInput? RefundAmount = null, IReadOnlyList<Guid>? Considered = null, string? Language = null) : IRequestBody;

public sealed record RecordDecisionRequest(Guid DisputeId, RecordDecisionBody? Body, Actor By) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        errors.Required("decision", Body?.Decision);
        errors.Required("rationale", Body?.Rationale);
        Body?.RefundAmount?.Validate(errors, "refundAmount");
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.RecordDecision(DisputeId, Body!.Decision!.Value, Body.RefundAmount?.ToMoney(), Body.Rationale!, By)
    {
        Considered = Body.Considered ?? [],
    };
}

public sealed class RecordDecisionHandler(DisputeWriter writer) : DisputeCommandHandler<RecordDecisionRequest>(writer);

public static class RecordDecisionEndpoint
{
    public static void MapRecordDecision(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<RecordDecisionBody>("/{disputeId:guid}/decision", (id, body, user) => new RecordDecisionRequest(id, body, user.AsMediator()))
            .WithName("RecordDecision")
            .WithSummary("Decide the case with a rationale (as the assigned mediator)");
}
