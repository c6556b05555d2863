using NodaTime;

namespace Disputes.Domain;

public sealed record RecordedDecision(DecisionKind Kind, Money RefundAmount, string Rationale, string MediatorId, Instant DecidedAt, bool Final)
{
    public IReadOnlyList<CitedEvidence> Considered { get; init; } = [];
}
