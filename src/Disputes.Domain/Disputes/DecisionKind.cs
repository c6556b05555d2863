namespace Disputes.Domain;

public enum DecisionKind { FullRefund, PartialRefund, ReturnAndRefund, ClaimRejected }
