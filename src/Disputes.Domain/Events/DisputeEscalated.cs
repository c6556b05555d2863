using NodaTime;

namespace Disputes.Domain;

// Reason says why; By is System when a clock escalated it.
public sealed record DisputeEscalated(
    Guid DisputeId,
    string Reason,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
