using NodaTime;

namespace Disputes.Domain;

// The events of each permitted, valid action — the rulebook, one line per action. DisputeMachine has
// already checked actor, state, deadlines and limits; InputRules the payload.
internal static class Transitions
{
    public static IReadOnlyList<IDisputeEvent> Of(IDisputeCommand command, Dispute d, Instant now, DisputePolicy policy)
    {
        var id = d.Id;
        var by = command.By;
        return command switch
        {
            AcceptClaim => [new SellerAcceptedClaim(id, by, now), Grant(d, d.RequestedRemedy == Remedy.ReturnAndRefund, d.RequestedRefund, by, now)],
            MakeOffer c => [new SellerOfferMade(id, c.Kind, Amount(d, c.Kind, c.RefundAmount), c.Note, by, now, c.Terms)],
            CounterOffer c => [new BuyerCounterOffered(id, c.Kind, Amount(d, c.Kind, c.RefundAmount), c.Note, by, now)],
            ProposeSolution c => [new PlatformSolutionProposed(id, c.Kind, Amount(d, c.Kind, c.RefundAmount), c.Note, by, now, c.Terms)],
            RejectClaim c => [.. c.Evidence.Select(e => new EvidenceAdded(id, e, by, now)), new SellerRejectedClaim(id, c.Reason, by, now)],
            AcceptOffer when d.PendingOffer is { ProposedBy: ActorKind.Buyer } counter =>
                [new SellerAcceptedCounterOffer(id, counter.Kind, counter.RefundAmount, by, now), CarryOut(d, counter, by, now)],
            AcceptOffer when d.PendingOffer is { } offer =>
                [new BuyerAcceptedOffer(id, offer.Kind, offer.RefundAmount, by, now), CarryOut(d, offer, by, now)],
            RejectOffer c when d.PendingOffer is { ProposedBy: ActorKind.Buyer } =>
                [new SellerRejectedCounterOffer(id, c.Reason, by, now), .. EscalatedOnRejection(d, policy, "The seller rejected the buyer's counter-offer.", by, now)],
            RejectOffer c => [new BuyerRejectedOffer(id, c.Reason, by, now), .. EscalatedOnRejection(d, policy, "The buyer rejected the seller's offer.", by, now)],
            PostMessage c => [new MessagePosted(id, c.MessageId, c.Text, by, now) { Attachments = Cited(d, c.Attachments) }],
            AddEvidence c when d.Status == DisputeStatus.AwaitingEvidence && d.EvidenceRequest is { } request && d.PartyOf(by) == request.From
                && request.Counting(c.Evidence, request.From).Answered =>
                [new EvidenceAdded(id, c.Evidence, by, now), new EvidenceRequestAnswered(id, request.From, by, now)],
            AddEvidence c => [new EvidenceAdded(id, c.Evidence, by, now)],
            Escalate c => [new DisputeEscalated(id, c.Reason, by, now)],
            ClaimCase => [new MediatorAssigned(id, by.Id, by, now)],
            AssignCase c => [new MediatorAssigned(id, c.MediatorId, by, now)],
            ReleaseCase c when d.EvidenceRequest is { } open =>
                [new EvidenceRequestLapsed(id, open.From, by, now), new MediatorReleased(id, by.Id, c.Reason, by, now)],
            ReleaseCase c => [new MediatorReleased(id, by.Id, c.Reason, by, now)],
            // Back to the queue, an open evidence request lapses first, as on a release.
            ReassignCase { ToMediatorId: null } c when d.EvidenceRequest is { } open =>
                [new EvidenceRequestLapsed(id, open.From, by, now), new CaseReassigned(id, d.MediatorId!, null, c.Reason, by, now)],
            ReassignCase c => [new CaseReassigned(id, d.MediatorId!, c.ToMediatorId, c.Reason, by, now)],
            RequestEvidence c => [new EvidenceRequested(id, c.From, c.Description, by, now) { Required = c.Required.Count == 0 ? null : [.. c.Required] }],
            RecordDecision c => Decided(d, c, now),
            AppealDecision c => [new DecisionAppealed(id, c.Reason, by, now), new DisputeEscalated(id, $"Appeal: {c.Reason}", by, now)],
            ShipReturn c => [new ReturnShipped(id, c.Carrier, c.TrackingNumber, by, now)],
            MarkReturnDelivered => [new ReturnDelivered(id, by, now)],
            ConfirmReturnReceived => [new ReturnReceiptConfirmed(id, by, now), RequestRefund(d, d.Return!.RefundAmount, by, now)],
            RecordReturnReceipt { Outcome: ReceiptOutcome.AsDescribed } c =>
                [new ReturnReceiptRecorded(id, c.Outcome, c.Note, by, now), RequestRefund(d, d.Return!.RefundAmount, by, now)],
            RecordReturnReceipt c =>
                [new ReturnReceiptRecorded(id, c.Outcome, c.Note, by, now), new DisputeEscalated(id, $"The returned item was received {Words(c.Outcome)}.", by, now)],
            ShipReplacement c => [new ReplacementShipped(id, c.Carrier, c.TrackingNumber, by, now)],
            ConfirmReplacementReceived => [new ReplacementReceived(id, by, now), new DisputeClosed(id, DisputeOutcome.Resolved, d.Refunded, by, now)],
            ReportReplacementProblem c =>
                [new ReplacementProblemReported(id, c.Description, by, now), new DisputeEscalated(id, $"Replacement problem: {c.Description}", by, now)],
            ExtendProtection c => [new BuyerProtectionExtended(id, c.Until - d.ProtectionEndsAt, c.Until, c.Reason, by, now)],
            RequestExtension c => [new ExtensionRequested(id, c.Kind, c.Length, c.Reason, by, now)],
            GrantExtension when d.PendingExtension is { } request =>
                [new ExtensionGranted(id, request.Kind, request.Length, DeadlineRules.Of(request.Kind).Basis(d, policy)!.From, by, now)],
            RefuseExtension c when d.PendingExtension is { } request => [new ExtensionRefused(id, request.Kind, c.Reason, by, now)],
            ReportReturnProblem c => [new ReturnProblemReported(id, c.Description, by, now), new DisputeEscalated(id, $"Return problem: {c.Description}", by, now)],
            ReportRefundSucceeded c => Refunded(d, c, now),
            ReportRefundFailed c => [new RefundFailed(id, c.Attempt, c.Reason, by, now)],
            RetryRefund => [RequestRefund(d, d.Refund!.Amount, by, now)],
            WithdrawDispute c => [new DisputeWithdrawn(id, c.Reason, by, now), new DisputeClosed(id, DisputeOutcome.Withdrawn, d.Refunded, by, now)],
            RateResolution c => [new ResolutionRated(id, d.PartyOf(by)!.Value, c.Score, c.StoredComment, d.Outcome!.Value, d.Decision?.MediatorId, by, now)],
            TranslateText c => [new TextTranslated(id, c.TextVersion, d.Texts[c.TextVersion].Original, c.To, c.Translation, c.OriginalSha256.ToLowerInvariant(),
                c.StoredEngine, by, now)],
            _ => throw new InvalidOperationException($"{command.GetType().Name} has no transition from {d.Status}."),
        };
    }

    // An agreed proposal carried out: money now, the item back first, or goods to the buyer.
    private static IDisputeEvent CarryOut(Dispute d, PendingOffer offer, Actor by, Instant now) => offer.Kind switch
    {
        OfferKind.ReturnAndRefund => new ReturnAuthorised(d.Id, offer.RefundAmount, by, now, offer.Terms),
        OfferKind.Replacement or OfferKind.Repair => new ReplacementAuthorised(d.Id, offer.Kind, by, now),
        _ => RequestRefund(d, offer.RefundAmount, by, now),
    };

    private static IReadOnlyList<IDisputeEvent> EscalatedOnRejection(Dispute d, DisputePolicy policy, string why, Actor by, Instant now) =>
        policy.RejectionEscalates || d.Proposals >= policy.MaxProposals ? [new DisputeEscalated(d.Id, why, by, now)] : [];

    // Remedies in goods refund nothing; the amount is stored as zero in the dispute's currency whatever was sent.
    private static Money Amount(Dispute d, OfferKind kind, Money sent) => kind.MovesGoods() ? Money.Zero(d.AmountPaid.Currency) : sent;

    private static string Words(ReceiptOutcome outcome) => outcome switch
    {
        ReceiptOutcome.Damaged => "damaged",
        ReceiptOutcome.EmptyOrDifferentItem => "empty or as a different item",
        ReceiptOutcome.MissingParts => "with parts missing",
        _ => "as described",
    };

    // An agreed or decided remedy: either the refund now, or the return first and the refund on receipt.
    public static IDisputeEvent Grant(Dispute d, bool withReturn, Money amount, Actor by, Instant now) =>
        withReturn ? new ReturnAuthorised(d.Id, amount, by, now) : RequestRefund(d, amount, by, now);

    public static RefundRequested RequestRefund(Dispute d, Money amount, Actor by, Instant now) =>
        new(d.Id, d.RefundAttempts + 1, amount, by, now);

    // Executes a final decision.
    public static IReadOnlyList<IDisputeEvent> Execute(Dispute d, DecisionKind decision, Money amount, Actor by, Instant now) => decision switch
    {
        DecisionKind.ClaimRejected => [new DisputeClosed(d.Id, DisputeOutcome.SellerFavoured, d.Refunded, by, now)],
        DecisionKind.ReturnAndRefund => [Grant(d, true, amount, by, now)],
        _ => [Grant(d, false, amount, by, now)],
    };

    private static IReadOnlyList<IDisputeEvent> Decided(Dispute d, RecordDecision c, Instant now)
    {
        var amount = c.Decision switch
        {
            DecisionKind.ClaimRejected => Money.Zero(d.AmountPaid.Currency),
            DecisionKind.FullRefund => d.Refundable,
            _ => c.RefundAmount ?? d.Refundable,
        };
        // The decision on an appeal is final at once: one appeal per dispute.
        var final = d.Appealed;
        var recorded = new MediatorDecisionRecorded(d.Id, c.Decision, amount, c.Rationale, final, c.By, now) { Considered = Cited(d, c.Considered) };
        if (!final)
            return [recorded];
        var afterRecord = DisputeEvolver.Evolve(d, recorded);
        return [recorded, new DecisionFinalized(d.Id, c.Decision, amount, c.By, now), .. Execute(afterRecord, c.Decision, amount, c.By, now)];
    }

    // Null when nothing is cited, so a decision (or a message) without citations is stored as every one was before them.
    private static IReadOnlyList<CitedEvidence>? Cited(Dispute d, IReadOnlyList<Guid> considered) =>
        considered.Count == 0 ? null
            : [.. considered.Distinct().Select(id => d.Evidence.Single(e => e.EvidenceId == id)).Select(e => new CitedEvidence(e.EvidenceId, e.Sha256.ToLowerInvariant(), e.Held))];

    private static IReadOnlyList<IDisputeEvent> Refunded(Dispute d, ReportRefundSucceeded c, Instant now)
    {
        var amount = d.Refund!.Amount;
        var total = d.Refunded + amount;
        var outcome = total == d.AmountPaid ? DisputeOutcome.BuyerFavoured : DisputeOutcome.Split;
        return [new RefundSucceeded(d.Id, c.Attempt, amount, c.PaymentReference, c.By, now), new DisputeClosed(d.Id, outcome, total, c.By, now)];
    }
}
