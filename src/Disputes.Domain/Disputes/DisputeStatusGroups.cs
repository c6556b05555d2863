namespace Disputes.Domain;

public static class DisputeStatusGroups
{
    // The parties are still talking to each other; the negotiation limit runs.
    public static bool IsNegotiation(this DisputeStatus status) => status is
        DisputeStatus.AwaitingSellerResponse or DisputeStatus.AwaitingBuyerReply or DisputeStatus.AwaitingSellerReply
        or DisputeStatus.Negotiating or DisputeStatus.AwaitingBuyerEscalation;

    // The platform owns the case; the mediator decision SLA runs.
    public static bool IsMediation(this DisputeStatus status) => status is
        DisputeStatus.AwaitingMediator or DisputeStatus.UnderMediation or DisputeStatus.AwaitingEvidence;

    // Before a decision (or an agreement) the buyer may still walk away.
    public static bool IsWithdrawable(this DisputeStatus status) =>
        status.IsNegotiation() || status.IsMediation() || status == DisputeStatus.AwaitingReturnShipment;

    public static bool IsOpen(this DisputeStatus status) => status is not (DisputeStatus.None or DisputeStatus.Closed);
}
