using NodaTime;

namespace Disputes.Domain;

// Attachments are null on a message without any, as on every message stored before attachments.
public sealed record MessagePosted(
    Guid DisputeId,
    Guid MessageId,
    string Text,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent
{
    public IReadOnlyList<CitedEvidence>? Attachments { get; init; }
}
