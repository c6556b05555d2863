using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/return/shipped — starts the wait for delivery of the returned item.
public sealed record ShipReturnBody(ActingAs? ActingAs, string? Carrier, string? TrackingNumber) : IActingBody;

public sealed record ShipReturnRequest(Guid DisputeId, ShipReturnBody? Body) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("carrier", Body.Carrier);
        errors.Required("trackingNumber", Body.TrackingNumber);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.ShipReturn(DisputeId, Body!.Carrier!, Body.TrackingNumber!, Body.ActingAs!.ToActor());
}

public sealed class ShipReturnHandler(DisputeWriter writer) : DisputeCommandHandler<ShipReturnRequest>(writer);

public static class ShipReturnEndpoint
{
    public static void MapShipReturn(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<ShipReturnBody>("/{disputeId:guid}/return/shipped", (id, body, _) => new ShipReturnRequest(id, body))
            .WithName("ShipReturn")
            .WithSummary("Report the return shipped, with carrier and tracking (as the buyer)");
}
