using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;
using NodaTime;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/protection — the seller, or the platform at the buyer's request, moves the end of the order's
// buyer protection later; a dispute withdrawn to wait for a late parcel can then be reopened until the new end.
public sealed record ExtendProtectionBody(ActingAs? ActingAs, Instant? Until, string? Reason, string? Language = null) : IActingBody;

public sealed record ExtendProtectionRequest(Guid DisputeId, ExtendProtectionBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("until", Body.Until);
        errors.Required("reason", Body.Reason);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.ExtendProtection(DisputeId, Body!.Until!.Value, Body.Reason!, Body.ActingAs!.ToActor());
}

public sealed class ExtendProtectionHandler(DisputeWriter writer) : DisputeCommandHandler<ExtendProtectionRequest>(writer);

public static class ExtendProtectionEndpoint
{
    public static void MapExtendProtection(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<ExtendProtectionBody>("/{disputeId:guid}/protection", (id, body, _) => new ExtendProtectionRequest(id, body))
            .WithName("ExtendProtection")
            .WithSummary("Extend the buyer's protection on the order to a later end (as the seller, or the platform on the buyer's request)");
}
