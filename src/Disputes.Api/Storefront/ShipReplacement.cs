using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/replacement/shipped — starts the buyer's clock to confirm what arrives or object to it.
public sealed record ShipReplacementBody(ActingAs? ActingAs, string? Carrier, string? TrackingNumber) : IActingBody;

public sealed record ShipReplacementRequest(Guid DisputeId, ShipReplacementBody? Body) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("carrier", Body.Carrier);
        errors.Required("trackingNumber", Body.TrackingNumber);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.ShipReplacement(DisputeId, Body!.Carrier!, Body.TrackingNumber!, Body.ActingAs!.ToActor());
}

public sealed class ShipReplacementHandler(DisputeWriter writer) : DisputeCommandHandler<ShipReplacementRequest>(writer);

public static class ShipReplacementEndpoint
{
    public static void MapShipReplacement(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<ShipReplacementBody>("/{disputeId:guid}/replacement/shipped", (id, body, _) => new ShipReplacementRequest(id, body))
            .WithName("ShipReplacement")
            .WithSummary("Report the replacement or repaired item shipped, with carrier and tracking (as the seller)");
}
