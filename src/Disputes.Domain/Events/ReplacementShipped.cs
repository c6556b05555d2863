using NodaTime;

namespace Disputes.Domain;

public sealed record ReplacementShipped(
    Guid DisputeId,
    string Carrier,
    string TrackingNumber,
    Actor By,
    Instant At) : IDisputeEvent;
