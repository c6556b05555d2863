using NodaTime;

namespace Disputes.Domain;

// Final is true when no appeal is possible any more (the decision on an appeal). Considered is null when the
// decision cites no evidence, as every decision stored before citations.
public sealed record MediatorDecisionRecorded(
    Guid DisputeId,
    DecisionKind Decision,
    Money RefundAmount,
    string Rationale,
    bool Final,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent
{
    public IReadOnlyList<CitedEvidence>? Considered { get; init; }
}
