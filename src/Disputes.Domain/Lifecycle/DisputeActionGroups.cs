namespace Disputes.Domain;

public static class DisputeActionGroups
{
    // Clock triggers are fired by the deadline scheduler through ExpireDeadline, never asked for by a client.
    public static bool IsClock(this DisputeAction action) => action >= DisputeAction.SellerResponseDeadlinePassed;

    public static DisputeAction ClockAction(this DeadlineKind kind) => kind switch
    {
        DeadlineKind.SellerResponse => DisputeAction.SellerResponseDeadlinePassed,
        DeadlineKind.BuyerReplyToOffer => DisputeAction.BuyerReplyDeadlinePassed,
        DeadlineKind.NegotiationLimit => DisputeAction.NegotiationLimitReached,
        DeadlineKind.EvidenceResponse => DisputeAction.EvidenceDeadlinePassed,
        DeadlineKind.MediatorDecisionSla => DisputeAction.MediatorSlaPassed,
        DeadlineKind.ReturnShipment => DisputeAction.ReturnShipmentDeadlinePassed,
        DeadlineKind.ReturnConfirmation => DisputeAction.ReturnConfirmationDeadlinePassed,
        DeadlineKind.AppealWindow => DisputeAction.AppealWindowClosed,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
