using NodaTime;

namespace Disputes.Domain;

// The whole policy in force today travels with the dispute, so every later verdict, replay and audit applies
// the rules of that day wherever the stream is read, whatever the configuration says by then.
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
    DisputePolicy Policy,
    Actor By,
    Instant At,
    EarlierDispute? Reopens = null,
    string? ReopenReason = null) : IDisputeEvent
{
    public string PolicyVersion => Policy.Version;
}
