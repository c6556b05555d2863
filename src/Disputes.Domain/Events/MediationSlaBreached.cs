using NodaTime;

namespace Disputes.Domain;

// The mediator decision SLA passed; the case stays in mediation, flagged in the queue. Stored as
// "mediation_overdue" (MediationOverdue) until it was renamed to a past-tense fact: Projections/Versioning reads both.
public sealed record MediationSlaBreached(
    Guid DisputeId,
    Instant DueAt,
    Actor By,
    Instant At) : IDisputeEvent;
