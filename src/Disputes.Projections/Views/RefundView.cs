using Disputes.Domain;

namespace Disputes.Projections.Views;

public enum RefundStatus { Pending, Failed, Succeeded }

// The refund the payment backend must pay, or the last one it reported: the attempt number to quote back in
// refund/succeeded or refund/failed, the amount, and where it stands. Null until a refund is requested.
public sealed record RefundView(int Attempt, MoneyView Amount, RefundStatus Status, string? FailureReason)
{
    // A dispute refunds once: a success closes it, so the amount refunded is that attempt's amount.
    public static RefundView? From(Dispute d) => d switch
    {
        { Refund: { FailureReason: null } pending } => new(pending.Attempt, MoneyView.From(pending.Amount), RefundStatus.Pending, null),
        { Refund: { } failed } => new(failed.Attempt, MoneyView.From(failed.Amount), RefundStatus.Failed, failed.FailureReason),
        { RefundAttempts: > 0 } => new(d.RefundAttempts, MoneyView.From(d.Refunded), RefundStatus.Succeeded, null),
        _ => null,
    };
}
