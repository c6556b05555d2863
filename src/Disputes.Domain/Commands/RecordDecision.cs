namespace Disputes.Domain;

// RefundAmount is required for a partial refund, optional for a return (defaults to what is left to refund).
public sealed record RecordDecision(
    Guid DisputeId,
    DecisionKind Decision,
    Money? RefundAmount,
    string Rationale,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.RecordDecision;
}
