using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/offers — the seller's counter-proposal; the buyer then has the policy's reply window to accept or reject it.
public sealed record MakeOfferBody(ActingAs? ActingAs, OfferKind? Kind, MoneyInput? RefundAmount, string? Note = null) : IActingBody;

public sealed record MakeOfferRequest(Guid DisputeId, MakeOfferBody? Body) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("kind", Body.Kind);
        if (errors.Required("refundAmount", Body.RefundAmount))
            Body.RefundAmount.Validate(errors, "refundAmount");
    }

    public IDisputeCommand ToCommand() => new MakeOffer(DisputeId, Body!.Kind!.Value, Body.RefundAmount!.ToMoney(), Body.Note ?? "", Body.ActingAs!.ToActor());
}

public sealed class MakeOfferHandler(DisputeWriter writer) : DisputeCommandHandler<MakeOfferRequest>(writer);

public static class MakeOfferEndpoint
{
    public static void MapMakeOffer(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<MakeOfferBody>("/{disputeId:guid}/offers", (id, body, _) => new MakeOfferRequest(id, body))
            .WithName("MakeOffer")
            .WithSummary("Offer a partial refund or a return and refund (as the seller)");
}
