using NodaTime;

namespace Disputes.Domain;

public sealed record ReturnDelivered(
    Guid DisputeId,
    Actor By,
    Instant At) : IDisputeEvent;
