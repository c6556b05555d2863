using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/return/received — the seller has the item back; the refund follows.
public sealed record ConfirmReturnReceivedBody(ActingAs? ActingAs) : IActingBody;

public sealed record ConfirmReturnReceivedRequest(Guid DisputeId, ConfirmReturnReceivedBody? Body) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors) => errors.Acting(Body);

    public IDisputeCommand ToCommand() => new Disputes.Domain.ConfirmReturnReceived(DisputeId, Body!.ActingAs!.ToActor());
}

public sealed class ConfirmReturnReceivedHandler(DisputeWriter writer) : DisputeCommandHandler<ConfirmReturnReceivedRequest>(writer);

public static class ConfirmReturnReceivedEndpoint
{
    public static void MapConfirmReturnReceived(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<ConfirmReturnReceivedBody>("/{disputeId:guid}/return/received", (id, body, _) => new ConfirmReturnReceivedRequest(id, body))
            .WithName("ConfirmReturnReceived")
            .WithSummary("Confirm the returned item arrived (as the seller): the refund is requested");
}
