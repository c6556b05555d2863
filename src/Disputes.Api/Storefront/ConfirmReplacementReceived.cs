using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/replacement/received — the buyer has what was agreed; the dispute closes as resolved.
public sealed record ConfirmReplacementReceivedBody(ActingAs? ActingAs) : IActingBody;

public sealed record ConfirmReplacementReceivedRequest(Guid DisputeId, ConfirmReplacementReceivedBody? Body) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors) => errors.Acting(Body);

    public IDisputeCommand ToCommand() => new Disputes.Domain.ConfirmReplacementReceived(DisputeId, Body!.ActingAs!.ToActor());
}

public sealed class ConfirmReplacementReceivedHandler(DisputeWriter writer) : DisputeCommandHandler<ConfirmReplacementReceivedRequest>(writer);

public static class ConfirmReplacementReceivedEndpoint
{
    public static void MapConfirmReplacementReceived(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<ConfirmReplacementReceivedBody>("/{disputeId:guid}/replacement/received", (id, body, _) => new ConfirmReplacementReceivedRequest(id, body))
            .WithName("ConfirmReplacementReceived")
            .WithSummary("Confirm the replacement or repaired item arrived as agreed (as the buyer): the dispute closes as resolved");
}
