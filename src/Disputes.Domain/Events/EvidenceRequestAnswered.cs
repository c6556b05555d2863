using NodaTime;

namespace Disputes.Domain;

public sealed record EvidenceRequestAnswered(
    Guid DisputeId,
    Party From,
    Actor By,
    Instant At) : IDisputeEvent;
