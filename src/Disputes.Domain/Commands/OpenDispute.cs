using NodaTime;

namespace Disputes.Domain;

// RequestedRefund may be omitted for a full refund or a return (it then defaults to the amount paid).
public sealed record OpenDispute(
    Guid DisputeId,
    string OrderId,
    string BuyerId,
    string SellerId,
    DisputeReason Reason,
    string Description,
    Money AmountPaid,
    Remedy RequestedRemedy,
    Money? RequestedRefund,
    Instant ProtectionEndsAt,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.Open;
}
