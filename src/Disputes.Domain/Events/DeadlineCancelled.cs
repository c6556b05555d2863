using NodaTime;

namespace Disputes.Domain;

// The state moved on before the clock ran out.
public sealed record DeadlineCancelled(
    Guid DisputeId,
    DeadlineKind Kind,
    Instant DueAt,
    Actor By,
    Instant At) : IDisputeEvent;
