namespace Disputes.Domain;

// What any proposal must satisfy, whoever makes it (an offer, a counter-offer, the platform's solution): a remedy the
// policy offers, no amount on a remedy in goods, and return terms that say where the item goes.
internal static class ProposalRules
{
    public static void Check(FieldErrors errors, OfferKind kind, Money amount, string? note, ReturnTerms? terms, DisputePolicy policy)
    {
        errors.Optional("note", note, policy.MaxTextLength);
        if (!Enum.IsDefined(kind))
        {
            errors.Add("kind", "Unknown offer kind.");
            return;
        }

        if (kind.MovesGoods())
        {
            if (amount.Amount != 0)
                errors.Add("refundAmount", "A replacement or repair refunds nothing; omit refundAmount.");
        }
        else
        {
            errors.Money("refundAmount", amount, policy.MaxAmount);
        }

        if (terms is null)
            return;
        if (kind != OfferKind.ReturnAndRefund)
            errors.Add("returnTerms", "Only a return and refund takes return terms.");
        errors.Required("returnTerms.address", terms.Address, policy.MaxTextLength);
        if (!Enum.IsDefined(terms.ShippingPaidBy))
            errors.Add("returnTerms.shippingPaidBy", "Unknown party.");
        if (terms.PrepaidLabel is not null)
            errors.RequiredLine("returnTerms.prepaidLabel", terms.PrepaidLabel, OpeningRules.MaxIdLength);
    }

    // Checked after the fields: a well-formed proposal the dispute's policy does not offer.
    public static Refusal? Offered(OfferKind kind, DisputePolicy policy) =>
        kind is OfferKind.PartialRefund or OfferKind.ReturnAndRefund || policy.GoodsRemedies
            ? null
            : Refusal.Violated("remedy-not-in-policy", $"Policy {policy.Version} offers only partial refunds and returns, not {kind}.");
}
