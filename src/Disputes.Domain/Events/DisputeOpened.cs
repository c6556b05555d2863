using NodaTime;

namespace Disputes.Domain;

// The policy version in force today is recorded so replays apply the rules of that day.
public sealed record DisputeOpened(
    Guid DisputeId,
    string OrderId,
    string BuyerId,
    string SellerId,
    DisputeReason Reason,
    string Description,
    Money AmountPaid,
    Remedy RequestedRemedy,
    Money RequestedRefund,
    Instant ProtectionEndsAt,
    string PolicyVersion,
    Actor By,
    Instant At) : IDisputeEvent;
