using NodaTime;

namespace Disputes.Domain;

// The party did not answer in time: the mediator may decide without it.
public sealed record EvidenceRequestLapsed(
    Guid DisputeId,
    Party From,
    Actor By,
    Instant At) : IDisputeEvent;
