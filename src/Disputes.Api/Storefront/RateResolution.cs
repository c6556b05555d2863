using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/rating — after the close, the buyer or the seller rates how the dispute was handled.
public sealed record RateResolutionBody(ActingAs? ActingAs, int? Score, string? Comment = null, string? Language = null) : IActingBody;

public sealed record RateResolutionRequest(Guid DisputeId, RateResolutionBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("score", Body.Score);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.RateResolution(DisputeId, Body!.Score!.Value, Body.Comment, Body.ActingAs!.ToActor());
}

public sealed class RateResolutionHandler(DisputeWriter writer) : DisputeCommandHandler<RateResolutionRequest>(writer);

public static class RateResolutionEndpoint
{
    public static void MapRateResolution(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<RateResolutionBody>("/{disputeId:guid}/rating", (id, body, _) => new RateResolutionRequest(id, body))
            .WithName("RateResolution")
            .WithSummary("Rate the resolution 1–5 with an optional comment (as the buyer or the seller), once, within the rating window after the close");
}
