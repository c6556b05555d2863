using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/offer/accept — the party the proposal on the table waits on (the buyer; the seller for a
// counter-offer) accepts it: the refund, the return or the replacement follows.
public sealed record AcceptOfferBody(ActingAs? ActingAs) : IActingBody;

public sealed record AcceptOfferRequest(Guid DisputeId, AcceptOfferBody? Body) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors) => errors.Acting(Body);

    public IDisputeCommand ToCommand() => new AcceptOffer(DisputeId, Body!.ActingAs!.ToActor());
}

public sealed class AcceptOfferHandler(DisputeWriter writer) : DisputeCommandHandler<AcceptOfferRequest>(writer);

public static class AcceptOfferEndpoint
{
    public static void MapAcceptOffer(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<AcceptOfferBody>("/{disputeId:guid}/offer/accept", (id, body, _) => new AcceptOfferRequest(id, body))
            .WithName("AcceptOffer")
            .WithSummary("Accept the proposal on the table (as the buyer; as the seller for the buyer's counter-offer)");
}
