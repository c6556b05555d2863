using Disputes.Domain;

namespace Disputes.Statistics.Facts;

// "Resolved by deadline": a clock, not a party or a mediator, settled the money (DeadlineRules). The seller's
// silence refunds the buyer, an offer the buyer never answers or a return never shipped closes the case for the
// seller, a delivered return the seller never confirms refunds the buyer, a replacement the buyer never objects to
// closes as resolved. The replacement's shipment clock and the counter-offer's reply clock escalate. The closing event can come much later
// (the refund is closed when the payment backend reports it), so the answer is in the history, not in the
// DisputeClosed: an escalation after such an expiry (the policy may escalate a silent seller instead) hands the
// outcome to a mediator again. The appeal window only makes a mediator's decision final and the negotiation
// limit escalates: neither decides the outcome, so neither counts.
public static class SettlingClocks
{
    public static bool Settles(DeadlineKind kind) =>
        kind is DeadlineKind.SellerResponse or DeadlineKind.BuyerReplyToOffer or DeadlineKind.ReturnShipment or DeadlineKind.ReturnConfirmation
            or DeadlineKind.ReplacementConfirmation;

    // The events of one dispute before its DisputeClosed, in stream order; only expiries and escalations matter.
    public static bool SettledByDeadline(IEnumerable<IDisputeEvent> before)
    {
        var settled = false;
        foreach (var e in before)
        {
            if (e is DeadlineExpired expired && Settles(expired.Kind))
                settled = true;
            else if (e is DisputeEscalated)
                settled = false;
        }
        return settled;
    }
}
