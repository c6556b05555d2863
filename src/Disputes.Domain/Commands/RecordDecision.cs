namespace Disputes.Domain;

// RefundAmount is required for a partial refund, optional for a return (defaults to what is left to refund).
public sealed record RecordDecision(
    Guid DisputeId,
    DecisionKind Decision,
    Money? RefundAmount,
    string Rationale,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.RecordDecision;

    // Evidence ids of this dispute the mediator weighed; the event records each with its hash.
    public IReadOnlyList<Guid> Considered { get; init; } = [];
}
