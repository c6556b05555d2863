using NodaTime;

namespace Disputes.Domain;

public sealed record RefundProgress(int Attempt, Money Amount, Instant RequestedAt, string? FailureReason);
