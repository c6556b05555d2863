namespace Disputes.Domain;

// The states of the lifecycle; Lifecycle/DisputeMachine.cs says which action moves between them.
public enum DisputeStatus
{
    None,
    AwaitingSellerResponse,
    AwaitingBuyerReply,
    AwaitingBuyerEscalation,
    AwaitingMediator,
    UnderMediation,
    AwaitingEvidence,
    Decided,
    AwaitingReturnShipment,
    ReturnInTransit,
    ReturnDelivered,
    RefundPending,
    RefundFailed,
    Closed,
}
