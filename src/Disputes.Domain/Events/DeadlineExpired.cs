using NodaTime;

namespace Disputes.Domain;

public sealed record DeadlineExpired(
    Guid DisputeId,
    DeadlineKind Kind,
    Instant DueAt,
    Actor By,
    Instant At) : IDisputeEvent;
