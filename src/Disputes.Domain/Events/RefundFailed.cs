using NodaTime;

namespace Disputes.Domain;

public sealed record RefundFailed(
    Guid DisputeId,
    int Attempt,
    string Reason,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
