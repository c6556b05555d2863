using NodaTime;

namespace Disputes.Domain;

public sealed record ReturnReceiptConfirmed(
    Guid DisputeId,
    Actor By,
    Instant At) : IDisputeEvent;
