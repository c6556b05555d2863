namespace Disputes.Domain;

// Refunds never exceed what was paid, are in the currency that was paid, and add up (architecture.md §3).
internal static class MoneyRules
{
    public static Refusal? Check(IDisputeCommand command, Dispute d) => command switch
    {
        MakeOffer c => Proposal(c.Kind, c.RefundAmount, d),
        CounterOffer c => Proposal(c.Kind, c.RefundAmount, d),
        ProposeSolution c => Proposal(c.Kind, c.RefundAmount, d),
        RecordDecision { Decision: DecisionKind.PartialRefund, RefundAmount: null } =>
            Refusal.Invalid("refundAmount", "A partial refund decision needs the amount."),
        RecordDecision { Decision: DecisionKind.PartialRefund, RefundAmount: { } amount } => Partial(amount, d, "refundAmount"),
        RecordDecision { Decision: DecisionKind.ReturnAndRefund, RefundAmount: { } amount } => UpToRefundable(amount, d, "refundAmount"),
        RecordDecision { Decision: DecisionKind.FullRefund or DecisionKind.ClaimRejected, RefundAmount: { } } =>
            Refusal.Invalid("refundAmount", "Only a partial refund or a return takes an amount."),
        RecordDecision c when !Enum.IsDefined(c.Decision) => Refusal.Invalid("decision", "Unknown decision."),
        ReportRefundSucceeded c when c.Attempt != d.Refund?.Attempt => WrongAttempt(c.Attempt, d),
        ReportRefundFailed c when c.Attempt != d.Refund?.Attempt => WrongAttempt(c.Attempt, d),
        _ => null,
    };

    private static Refusal? Proposal(OfferKind kind, Money amount, Dispute d) => kind switch
    {
        OfferKind.PartialRefund => Partial(amount, d, "refundAmount"),
        OfferKind.Replacement or OfferKind.Repair => null,
        _ => UpToRefundable(amount, d, "refundAmount"),
    };

    private static Refusal? Partial(Money amount, Dispute d, string field)
    {
        if (Currency(amount, d, field) is { } wrongCurrency)
            return wrongCurrency;
        if (amount.Amount <= 0)
            return Refusal.Invalid(field, "A partial refund is more than zero.");
        return amount >= d.Refundable
            ? Refusal.Violated("partial-refund-not-below-refundable",
                $"A partial refund must be less than the {d.Refundable.Amount} minor units left to refund.")
            : null;
    }

    private static Refusal? UpToRefundable(Money amount, Dispute d, string field)
    {
        if (Currency(amount, d, field) is { } wrongCurrency)
            return wrongCurrency;
        if (amount.Amount <= 0)
            return Refusal.Invalid(field, "A refund is more than zero.");
        return amount > d.Refundable
            ? Refusal.Violated("refund-exceeds-amount-paid",
                $"The refund {amount.Amount} exceeds the {d.Refundable.Amount} minor units left to refund.")
            : null;
    }

    private static Refusal? Currency(Money amount, Dispute d, string field) =>
        amount.Currency == d.AmountPaid.Currency
            ? null
            : Refusal.Invalid($"{field}.currency", $"The refund must be in {d.AmountPaid.Currency}, the currency that was paid.");

    private static Refusal WrongAttempt(int attempt, Dispute d) =>
        Refusal.Violated("unknown-refund-attempt",
            $"Refund attempt {attempt} is not the pending attempt ({d.Refund?.Attempt.ToString() ?? "none"}).");
}
