namespace Disputes.Domain;

// The triggers of the lifecycle machine: what a party, a mediator, the payment backend or a clock can do.
public enum DisputeAction
{
    Open,
    AcceptClaim,
    MakeOffer,
    RejectClaim,
    AcceptOffer,
    RejectOffer,
    PostMessage,
    AddEvidence,
    Escalate,
    ClaimCase,
    AssignCase,
    ReleaseCase,
    RequestEvidence,
    RecordDecision,
    Appeal,
    ShipReturn,
    MarkReturnDelivered,
    ConfirmReturnReceived,
    ReportReturnProblem,
    ReportRefundSucceeded,
    ReportRefundFailed,
    RetryRefund,
    Withdraw,

    SellerResponseDeadlinePassed,
    BuyerReplyDeadlinePassed,
    NegotiationLimitReached,
    EvidenceDeadlinePassed,
    MediatorSlaPassed,
    ReturnShipmentDeadlinePassed,
    ReturnConfirmationDeadlinePassed,
    AppealWindowClosed,
    EvidenceRetentionEnded,
}
