using NodaTime;

namespace Disputes.Domain;

// Who may open a dispute, on what, and until when (the opening window is the order's buyer protection).
internal static class OpeningRules
{
    public const int MaxIdLength = 200;

    public static Verdict Decide(OpenDispute c, Instant now, DisputePolicy policy)
    {
        if (c.By.Kind != ActorKind.Buyer || c.By.Id != c.BuyerId)
            return Verdict.Refuse(new Refusal(RefusalKind.WrongActor, "actor-not-permitted",
                "Only the order's buyer may open a dispute on it.", []));

        if (Validate(c, policy) is { } invalid)
            return Verdict.Refuse(invalid);

        // An earlier dispute may have extended the order's protection beyond what the storefront still sends.
        var reopens = c.Earlier is { Count: > 0 } earlier ? earlier.MaxBy(e => e.ClosedAt) : null;
        var protectionEnds = reopens?.ProtectionEndsAt is { } extended && extended > c.ProtectionEndsAt ? extended : c.ProtectionEndsAt;
        if (now > protectionEnds)
            return Verdict.Refuse(Refusal.Violated("opening-window-closed",
                $"Buyer protection for order {c.OrderId} ended at {protectionEnds}; a dispute can no longer be opened."));

        var refund = RequestedRefund(c);
        if (refund > c.AmountPaid)
            return Verdict.Refuse(Refusal.Violated("refund-exceeds-amount-paid",
                $"The requested refund {refund.Amount} exceeds the amount paid {c.AmountPaid.Amount} ({c.AmountPaid.Currency} minor units)."));
        if (c.RequestedRemedy == Remedy.PartialRefund && refund == c.AmountPaid)
            return Verdict.Refuse(Refusal.Violated("partial-refund-is-full",
                "A partial refund must be less than the amount paid; ask for a full refund instead."));

        if (reopens is not null && Reopening(c, reopens, policy) is { } refused)
            return Verdict.Refuse(refused);

        var opened = new DisputeOpened(c.DisputeId, c.OrderId, c.BuyerId, c.SellerId, c.Reason, c.Description,
            c.AmountPaid, c.RequestedRemedy, refund, protectionEnds, policy, c.By, now, reopens, reopens is null ? null : c.ReopenReason, c.Language);
        return Verdict.Accept(DisputeDecider.WithDeadlines(null, [opened], now, policy));
    }

    // Disputing an order again is the policy's call, judged on its latest closed dispute, and never silent: the
    // opening records the dispute it reopens and, where the policy asks for one, why.
    private static Refusal? Reopening(OpenDispute c, EarlierDispute last, DisputePolicy policy)
    {
        var allowed = policy.Reopening switch
        {
            ReopeningRule.Always => true,
            ReopeningRule.AfterWithdrawal => last.Outcome == DisputeOutcome.Withdrawn,
            _ => false,
        };
        if (!allowed)
            return Refusal.Violated("reopening-not-allowed",
                $"Order {c.OrderId} was disputed before (dispute {last.DisputeId}, closed {last.Outcome}); policy {policy.Version} "
                + (policy.Reopening == ReopeningRule.AfterWithdrawal ? "lets an order be disputed again only after a withdrawal." : "does not let an order be disputed again."));
        return policy.Reopening != ReopeningRule.Always && string.IsNullOrWhiteSpace(c.ReopenReason)
            ? Refusal.Invalid("reopenReason", $"Order {c.OrderId} was disputed before (dispute {last.DisputeId}); say why it is disputed again.")
            : null;
    }

    // A retried opening (same stream id, same details) is a repeat, not a conflict.
    public static bool IsSameOpening(OpenDispute c, Dispute d) =>
        c.OrderId == d.OrderId && c.BuyerId == d.BuyerId && c.SellerId == d.SellerId && c.Reason == d.Reason
        && c.Description == d.Description && c.AmountPaid == d.AmountPaid && c.RequestedRemedy == d.RequestedRemedy
        // Protection only grows after an opening (an extension, or an earlier dispute's carried over), never shrinks.
        && RequestedRefund(c) == d.RequestedRefund && c.ProtectionEndsAt <= d.ProtectionEndsAt
        && (c.Language ?? LanguageTag.Default) == d.Language;

    private static Money RequestedRefund(OpenDispute c) =>
        c.RequestedRemedy == Remedy.PartialRefund || c.RequestedRefund is not null
            ? c.RequestedRefund ?? Money.Zero(c.AmountPaid.Currency)
            : c.AmountPaid;

    private static Refusal? Validate(OpenDispute c, DisputePolicy policy)
    {
        var errors = new FieldErrors();
        if (c.DisputeId == Guid.Empty)
            errors.Add("disputeId", "disputeId must not be empty.");
        errors.RequiredLine("orderId", c.OrderId, MaxIdLength);
        errors.RequiredLine("buyerId", c.BuyerId, MaxIdLength);
        errors.RequiredLine("sellerId", c.SellerId, MaxIdLength);
        if (c.BuyerId == c.SellerId && !string.IsNullOrWhiteSpace(c.BuyerId))
            errors.Add("sellerId", "The seller must not be the buyer.");
        errors.Required("description", c.Description, policy.MaxTextLength);
        errors.Optional("reopenReason", c.ReopenReason, policy.MaxTextLength);
        if (!Enum.IsDefined(c.Reason))
            errors.Add("reason", "Unknown reason.");
        if (!Enum.IsDefined(c.RequestedRemedy))
            errors.Add("requestedRemedy", "Unknown remedy.");
        errors.Money("amountPaid", c.AmountPaid, policy.MaxAmount);

        if (c.RequestedRefund is { } refund)
        {
            errors.Money("requestedRefund", refund, policy.MaxAmount);
            if (refund.Currency != c.AmountPaid.Currency)
                errors.Add("requestedRefund.currency", "The refund must be in the currency that was paid.");
            if (c.RequestedRemedy == Remedy.FullRefund && refund != c.AmountPaid && refund.Currency == c.AmountPaid.Currency && refund <= c.AmountPaid)
                errors.Add("requestedRefund", "A full refund is the amount paid; omit requestedRefund or ask for a partial refund.");
        }
        else if (c.RequestedRemedy == Remedy.PartialRefund)
        {
            errors.Add("requestedRefund", "A partial refund needs the amount requested.");
        }

        return errors.ToRefusal();
    }
}
