using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/reject-claim — a rejection must come with evidence; the buyer may then escalate to a mediator.
public sealed record RejectClaimBody(ActingAs? ActingAs, string? Reason, IReadOnlyList<EvidenceInput>? Evidence, string? Language = null) : IActingBody;

public sealed record RejectClaimRequest(Guid DisputeId, RejectClaimBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("reason", Body.Reason);
        if (errors.Required("evidence", Body.Evidence))
            for (var i = 0; i < Body.Evidence.Count; i++)
                Body.Evidence[i].Validate(errors, $"evidence[{i}]");
    }

    public IDisputeCommand ToCommand() => new RejectClaim(DisputeId, Body!.Reason!, Body.Evidence!.Select(e => e.ToEvidence()).ToList(), Body.ActingAs!.ToActor());
}

public sealed class RejectClaimHandler(DisputeWriter writer) : DisputeCommandHandler<RejectClaimRequest>(writer);

public static class RejectClaimEndpoint
{
    public static void MapRejectClaim(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<RejectClaimBody>("/{disputeId:guid}/reject-claim", (id, body, _) => new RejectClaimRequest(id, body))
            .WithName("RejectClaim")
            .WithSummary("Reject the claim with evidence (as the seller)");
}
