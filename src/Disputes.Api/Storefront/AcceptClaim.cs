using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/accept-claim — the seller grants what the buyer asked: a refund is requested at once, or a return is authorised first.
public sealed record AcceptClaimBody(ActingAs? ActingAs) : IActingBody;

public sealed record AcceptClaimRequest(Guid DisputeId, AcceptClaimBody? Body) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors) => errors.Acting(Body);

    public IDisputeCommand ToCommand() => new AcceptClaim(DisputeId, Body!.ActingAs!.ToActor());
}

public sealed class AcceptClaimHandler(DisputeWriter writer) : DisputeCommandHandler<AcceptClaimRequest>(writer);

public static class AcceptClaimEndpoint
{
    public static void MapAcceptClaim(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<AcceptClaimBody>("/{disputeId:guid}/accept-claim", (id, body, _) => new AcceptClaimRequest(id, body))
            .WithName("AcceptClaim")
            .WithSummary("Accept the buyer's claim as asked (as the seller): the refund, or the return first");
}
