using NodaTime;

namespace Disputes.Domain;

public sealed record EvidenceRequested(
    Guid DisputeId,
    Party From,
    string Description,
    Actor By,
    Instant At) : IDisputeEvent;
