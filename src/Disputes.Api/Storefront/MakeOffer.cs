using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/offers — the seller's proposal, or a revision of the one on the table, or its answer to the buyer's
// counter-offer; the buyer then has the policy's reply window to accept, reject or counter it.
public sealed record MakeOfferBody(ActingAs? ActingAs, OfferKind? Kind, MoneyInput? RefundAmount, string? Note = null, ReturnTermsInput? ReturnTerms = null, string? Language = null)
    : IActingBody;

public sealed record MakeOfferRequest(Guid DisputeId, MakeOfferBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        ProposalInput.Validate(errors, Body.Kind, Body.RefundAmount, Body.ReturnTerms);
    }

    public IDisputeCommand ToCommand() => new MakeOffer(DisputeId, Body!.Kind!.Value, ProposalInput.Amount(Body.RefundAmount), Body.Note ?? "",
        Body.ActingAs!.ToActor(), Body.ReturnTerms?.ToTerms());
}

public sealed class MakeOfferHandler(DisputeWriter writer) : DisputeCommandHandler<MakeOfferRequest>(writer);

public static class MakeOfferEndpoint
{
    public static void MapMakeOffer(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<MakeOfferBody>("/{disputeId:guid}/offers", (id, body, _) => new MakeOfferRequest(id, body))
            .WithName("MakeOffer")
            .WithSummary("Offer or revise a remedy: partial refund, refund and keep, return and refund, replacement or repair (as the seller)");
}
