using NodaTime;

namespace Disputes.Domain;

public sealed record RefundSucceeded(
    Guid DisputeId,
    int Attempt,
    Money Amount,
    string PaymentReference,
    Actor By,
    Instant At) : IDisputeEvent;
