using NodaTime;

namespace Disputes.Domain;

// By is the mediator themself when they claim the case, or whoever assigned it.
public sealed record MediatorAssigned(
    Guid DisputeId,
    string MediatorId,
    Actor By,
    Instant At) : IDisputeEvent;
