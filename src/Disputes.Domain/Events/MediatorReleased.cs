using NodaTime;

namespace Disputes.Domain;

public sealed record MediatorReleased(
    Guid DisputeId,
    string MediatorId,
    string Reason,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
