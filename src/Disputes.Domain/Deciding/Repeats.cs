using NodaTime;

namespace Disputes.Domain;

// A command repeated after it already took effect changes nothing and yields no events (not a refusal),
// so a client retrying after a lost response sees success — but only the participant who could have
// sent it in the first place; anyone else is still refused by the machine.
internal static class Repeats
{
    public static bool ChangesNothing(IDisputeCommand command, Dispute d, Instant now, DisputePolicy policy)
    {
        var g = new DisputeGuards(d, now, policy);
        var by = command.By;
        return command switch
        {
            ClaimCase => InMediation(d) && g.AssignedMediator.Check(by),
            AssignCase c => InMediation(d) && d.MediatorId == c.MediatorId && g.Assigner.Check(by),
            // Already with the mediator it is moved to (a retried bulk reassignment).
            ReassignCase { ToMediatorId: { } to } => InMediation(d) && d.MediatorId == to && g.Platform.Check(by),
            MarkReturnDelivered => d.Status == DisputeStatus.ReturnDelivered && g.BuyerOrPlatform.Check(by),
            ReportRefundSucceeded c => d.Status == DisputeStatus.Closed && d.RefundAttempts == c.Attempt && d.Refunded.IsPositive && g.Platform.Check(by),
            ReportRefundFailed c => d.Status == DisputeStatus.RefundFailed && d.Refund?.Attempt == c.Attempt && g.Platform.Check(by),
            WithdrawDispute => d.Outcome == DisputeOutcome.Withdrawn && g.Buyer.Check(by),
            PostMessage c => d.MessageIds.Contains(c.MessageId) && g.PartyOrAssignedMediator.Check(by),
            AddEvidence c => d.EvidenceIds.Contains(c.Evidence.EvidenceId) && g.EitherParty.Check(by),
            ExtendProtection c => d.ProtectionEndsAt == c.Until && g.SellerOrPlatform.Check(by),
            // Proposing again exactly what is on the table (a retried revision) neither counts as a round nor restarts its clock.
            MakeOffer c => OnTable(d, ActorKind.Seller, c.Kind, c.RefundAmount, c.Terms) && g.Seller.Check(by),
            CounterOffer c => OnTable(d, ActorKind.Buyer, c.Kind, c.RefundAmount, null) && g.Buyer.Check(by),
            ProposeSolution c => OnTable(d, ActorKind.Platform, c.Kind, c.RefundAmount, c.Terms) && g.Platform.Check(by),
            // The same rating again is a retry; a different one is refused (one rating per party).
            RateResolution c => d.PartyOf(by) is { } party && g.EitherParty.Check(by)
                && d.Ratings.Any(r => r.Party == party && r.Score == c.Score && r.Comment == c.StoredComment),
            TranslateText c => g.MediatorOrPlatform.Check(by) && d.Texts.TryGetValue(c.TextVersion, out var text)
                && text.Translations.Any(t => t.To == c.To && t.Translation == c.Translation && t.Engine == c.StoredEngine),
            _ => false,
        };
    }

    private static bool OnTable(Dispute d, ActorKind proposer, OfferKind kind, Money amount, ReturnTerms? terms) =>
        d.PendingOffer is { } offer && offer.ProposedBy == proposer && offer.Kind == kind && offer.Terms == terms
        && (kind.MovesGoods() || offer.RefundAmount == amount);

    private static bool InMediation(Dispute d) => d.Status is DisputeStatus.UnderMediation or DisputeStatus.AwaitingEvidence;
}
