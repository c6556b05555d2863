namespace Disputes.Domain;

public sealed record CounterOffer(
    Guid DisputeId,
    OfferKind Kind,
    Money RefundAmount,
    string Note,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.CounterOffer;
}
