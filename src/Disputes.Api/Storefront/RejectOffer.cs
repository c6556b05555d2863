using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/offer/reject — the party the proposal waits on rejects it; under policy 2026-12-01 the parties may
// propose again while proposals are left, otherwise (and under 2026-11-01) a mediator decides.
public sealed record RejectOfferBody(ActingAs? ActingAs, string? Reason, string? Language = null) : IActingBody;

public sealed record RejectOfferRequest(Guid DisputeId, RejectOfferBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("reason", Body.Reason);
    }

    public IDisputeCommand ToCommand() => new RejectOffer(DisputeId, Body!.Reason!, Body.ActingAs!.ToActor());
}

public sealed class RejectOfferHandler(DisputeWriter writer) : DisputeCommandHandler<RejectOfferRequest>(writer);

public static class RejectOfferEndpoint
{
    public static void MapRejectOffer(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<RejectOfferBody>("/{disputeId:guid}/offer/reject", (id, body, _) => new RejectOfferRequest(id, body))
            .WithName("RejectOffer")
            .WithSummary("Reject the proposal on the table (as the party it waits on): negotiation goes on, or mediation by policy");
}
