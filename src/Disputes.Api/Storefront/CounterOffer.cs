using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/counter-offers — the buyer's counter-proposal (remedy and amount); the seller then has its reply window to accept, reject or counter it.
public sealed record CounterOfferBody(ActingAs? ActingAs, OfferKind? Kind, MoneyInput? RefundAmount, string? Note = null, string? Language = null) : IActingBody;

public sealed record CounterOfferRequest(Guid DisputeId, CounterOfferBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        ProposalInput.Validate(errors, Body.Kind, Body.RefundAmount, null);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.CounterOffer(DisputeId, Body!.Kind!.Value, ProposalInput.Amount(Body.RefundAmount), Body.Note ?? "", Body.ActingAs!.ToActor());
}

public sealed class CounterOfferHandler(DisputeWriter writer) : DisputeCommandHandler<CounterOfferRequest>(writer);

public static class CounterOfferEndpoint
{
    public static void MapCounterOffer(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<CounterOfferBody>("/{disputeId:guid}/counter-offers", (id, body, _) => new CounterOfferRequest(id, body))
            .WithName("CounterOffer")
            .WithSummary("Answer the proposal on the table with the buyer's own remedy (as the buyer)");
}
