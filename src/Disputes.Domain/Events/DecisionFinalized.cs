using NodaTime;

namespace Disputes.Domain;

public sealed record DecisionFinalized(
    Guid DisputeId,
    DecisionKind Decision,
    Money RefundAmount,
    Actor By,
    Instant At) : IDisputeEvent;
