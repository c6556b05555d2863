using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/extensions/grant — the other party agrees: the clock moves by the time asked for, on record.
public sealed record GrantExtensionBody(ActingAs? ActingAs) : IActingBody;

public sealed record GrantExtensionRequest(Guid DisputeId, GrantExtensionBody? Body) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors) => errors.Acting(Body);

    public IDisputeCommand ToCommand() => new Disputes.Domain.GrantExtension(DisputeId, Body!.ActingAs!.ToActor());
}

public sealed class GrantExtensionHandler(DisputeWriter writer) : DisputeCommandHandler<GrantExtensionRequest>(writer);

public static class GrantExtensionEndpoint
{
    public static void MapGrantExtension(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<GrantExtensionBody>("/{disputeId:guid}/extensions/grant", (id, body, _) => new GrantExtensionRequest(id, body))
            .WithName("GrantExtension")
            .WithSummary("Grant the pending request for more time (as the other party)");
}
