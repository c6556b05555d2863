using NodaTime;

namespace Disputes.Domain;

public sealed record EvidenceAdded(
    Guid DisputeId,
    EvidenceItem Evidence,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
