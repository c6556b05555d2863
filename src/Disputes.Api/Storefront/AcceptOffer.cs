using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/offer/accept — accepting starts the refund, or the return when the offer was a return and refund.
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
            .WithSummary("Accept the seller's offer (as the buyer)");
}
