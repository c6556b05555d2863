using NodaTime;

namespace Disputes.Domain;

// A clock starts: Rule names the policy rule that produced it, so an auditor can trace every due instant.
public sealed record DeadlineScheduled(
    Guid DisputeId,
    DeadlineKind Kind,
    Instant DueAt,
    string Rule,
    string PolicyVersion,
    Actor By,
    Instant At) : IDisputeEvent;
