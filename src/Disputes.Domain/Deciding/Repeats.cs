namespace Disputes.Domain;

// A command repeated after it already took effect changes nothing and yields no events (not a refusal),
// so a client retrying after a lost response sees success.
internal static class Repeats
{
    public static bool ChangesNothing(IDisputeCommand command, Dispute d) => command switch
    {
        ClaimCase c => d.Status is DisputeStatus.UnderMediation or DisputeStatus.AwaitingEvidence && d.MediatorId == c.By.Id,
        AssignCase c => d.Status is DisputeStatus.UnderMediation or DisputeStatus.AwaitingEvidence && d.MediatorId == c.MediatorId,
        MarkReturnDelivered => d.Status == DisputeStatus.ReturnDelivered,
        ReportRefundSucceeded c => d.Status == DisputeStatus.Closed && d.RefundAttempts == c.Attempt && d.Refunded.IsPositive,
        ReportRefundFailed c => d.Status == DisputeStatus.RefundFailed && d.Refund?.Attempt == c.Attempt,
        WithdrawDispute => d.Outcome == DisputeOutcome.Withdrawn,
        _ => false,
    };
}
