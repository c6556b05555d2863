using NodaTime;

namespace Disputes.Domain;

// The mediator decision SLA passed; the case stays in mediation, flagged in the queue.
public sealed record MediationOverdue(
    Guid DisputeId,
    Instant DueAt,
    Actor By,
    Instant At) : IDisputeEvent;
