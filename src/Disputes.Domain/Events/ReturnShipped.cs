using NodaTime;

namespace Disputes.Domain;

public sealed record ReturnShipped(
    Guid DisputeId,
    string Carrier,
    string TrackingNumber,
    Actor By,
    Instant At) : IDisputeEvent;
