using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/return/delivered — starts the seller's confirmation clock; silence after it refunds the buyer.
public sealed record MarkReturnDeliveredBody(ActingAs? ActingAs) : IActingBody;

public sealed record MarkReturnDeliveredRequest(Guid DisputeId, MarkReturnDeliveredBody? Body) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors) => errors.Acting(Body);

    public IDisputeCommand ToCommand() => new Disputes.Domain.MarkReturnDelivered(DisputeId, Body!.ActingAs!.ToActor());
}

public sealed class MarkReturnDeliveredHandler(DisputeWriter writer) : DisputeCommandHandler<MarkReturnDeliveredRequest>(writer);

public static class MarkReturnDeliveredEndpoint
{
    public static void MapMarkReturnDelivered(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<MarkReturnDeliveredBody>("/{disputeId:guid}/return/delivered", (id, body, _) => new MarkReturnDeliveredRequest(id, body))
            .WithName("MarkReturnDelivered")
            .WithSummary("Report the return delivered to the seller (as the buyer or the platform's carrier tracking)");
}
