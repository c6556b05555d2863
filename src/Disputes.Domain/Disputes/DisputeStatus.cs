namespace Disputes.Domain;

// The states of the lifecycle; Lifecycle/DisputeMachine.cs says which action moves between them.
public enum DisputeStatus
{
    None,
    AwaitingSellerResponse,
    AwaitingBuyerReply,
    AwaitingSellerReply,
    Negotiating,
    AwaitingBuyerEscalation,
    AwaitingMediator,
    UnderMediation,
    AwaitingEvidence,
    Decided,
    AwaitingReturnShipment,
    ReturnInTransit,
    ReturnDelivered,
    AwaitingReplacementShipment,
    ReplacementInTransit,
    RefundPending,
    RefundFailed,
    Closed,
}
