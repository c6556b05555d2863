using Disputes.Domain;
using Disputes.Hosting.Requests;

namespace Disputes.Api.Http;

// What every proposal body shares: a remedy, the amount when it is one in money, and return terms for a return.
public static class ProposalInput
{
    public static void Validate(RequestErrors errors, OfferKind? kind, MoneyInput? refundAmount, ReturnTermsInput? terms)
    {
        errors.Required("kind", kind);
        // A replacement or repair refunds nothing, so it needs no amount; the decider refuses one that is sent.
        if (kind is not (OfferKind.Replacement or OfferKind.Repair) && errors.Required("refundAmount", refundAmount))
            refundAmount.Validate(errors, "refundAmount");
        else
            refundAmount?.Validate(errors, "refundAmount");
        terms?.Validate(errors, "returnTerms");
    }

    // No amount: zero, in a currency the decider replaces with the dispute's own.
    public static Money Amount(MoneyInput? refundAmount) => refundAmount?.ToMoney() ?? default;
}
