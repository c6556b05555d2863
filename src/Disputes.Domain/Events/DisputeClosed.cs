using NodaTime;

namespace Disputes.Domain;

public sealed record DisputeClosed(
    Guid DisputeId,
    DisputeOutcome Outcome,
    Money Refunded,
    Actor By,
    Instant At) : IDisputeEvent;
