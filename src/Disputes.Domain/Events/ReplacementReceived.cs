using NodaTime;

namespace Disputes.Domain;

public sealed record ReplacementReceived(
    Guid DisputeId,
    Actor By,
    Instant At) : IDisputeEvent;
