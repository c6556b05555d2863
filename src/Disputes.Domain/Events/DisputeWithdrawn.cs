using NodaTime;

namespace Disputes.Domain;

public sealed record DisputeWithdrawn(
    Guid DisputeId,
    string Reason,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
