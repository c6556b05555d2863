using NodaTime;

namespace Disputes.Domain;

// Required is null on requests that name no kinds, as every request stored before typed requests.
public sealed record EvidenceRequested(
    Guid DisputeId,
    Party From,
    string Description,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent
{
    public IReadOnlyList<RequiredEvidence>? Required { get; init; }
}
