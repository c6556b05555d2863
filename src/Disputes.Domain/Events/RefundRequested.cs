using NodaTime;

namespace Disputes.Domain;

// The engine never moves money: the payment backend acts on this and reports back, quoting the attempt number.
public sealed record RefundRequested(
    Guid DisputeId,
    int Attempt,
    Money Amount,
    Actor By,
    Instant At) : IDisputeEvent;
