using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/extensions/refuse — the other party says no, with why; the clock stays.
public sealed record RefuseExtensionBody(ActingAs? ActingAs, string? Reason, string? Language = null) : IActingBody;

public sealed record RefuseExtensionRequest(Guid DisputeId, RefuseExtensionBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("reason", Body.Reason);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.RefuseExtension(DisputeId, Body!.Reason!, Body.ActingAs!.ToActor());
}

public sealed class RefuseExtensionHandler(DisputeWriter writer) : DisputeCommandHandler<RefuseExtensionRequest>(writer);

public static class RefuseExtensionEndpoint
{
    public static void MapRefuseExtension(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<RefuseExtensionBody>("/{disputeId:guid}/extensions/refuse", (id, body, _) => new RefuseExtensionRequest(id, body))
            .WithName("RefuseExtension")
            .WithSummary("Refuse the pending request for more time (as the other party)");
}
