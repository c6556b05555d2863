using NodaTime;

namespace Disputes.Domain;

// The events of each permitted, valid action — the rulebook, one line per action. DisputeMachine has
// already checked actor, state, deadlines and limits; InputRules the payload.
internal static class Transitions
{
    public static IReadOnlyList<IDisputeEvent> Of(IDisputeCommand command, Dispute d, Instant now)
    {
        var id = d.Id;
        var by = command.By;
        return command switch
        {
            AcceptClaim => [new SellerAcceptedClaim(id, by, now), Grant(d, d.RequestedRemedy == Remedy.ReturnAndRefund, d.RequestedRefund, by, now)],
            MakeOffer c => [new SellerOfferMade(id, c.Kind, c.RefundAmount, c.Note, by, now)],
            RejectClaim c => [.. c.Evidence.Select(e => new EvidenceAdded(id, e, by, now)), new SellerRejectedClaim(id, c.Reason, by, now)],
            AcceptOffer when d.PendingOffer is { } offer =>
            [
                new BuyerAcceptedOffer(id, offer.Kind, offer.RefundAmount, by, now),
                Grant(d, offer.Kind == OfferKind.ReturnAndRefund, offer.RefundAmount, by, now),
            ],
            RejectOffer c => [new BuyerRejectedOffer(id, c.Reason, by, now), new DisputeEscalated(id, "The buyer rejected the seller's offer.", by, now)],
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
            RequestEvidence c => [new EvidenceRequested(id, c.From, c.Description, by, now) { Required = c.Required.Count == 0 ? null : [.. c.Required] }],
            RecordDecision c => Decided(d, c, now),
            AppealDecision c => [new DecisionAppealed(id, c.Reason, by, now), new DisputeEscalated(id, $"Appeal: {c.Reason}", by, now)],
            ShipReturn c => [new ReturnShipped(id, c.Carrier, c.TrackingNumber, by, now)],
            MarkReturnDelivered => [new ReturnDelivered(id, by, now)],
            ConfirmReturnReceived => [new ReturnReceiptConfirmed(id, by, now), RequestRefund(d, d.Return!.RefundAmount, by, now)],
            ReportReturnProblem c => [new ReturnProblemReported(id, c.Description, by, now), new DisputeEscalated(id, $"Return problem: {c.Description}", by, now)],
            ReportRefundSucceeded c => Refunded(d, c, now),
            ReportRefundFailed c => [new RefundFailed(id, c.Attempt, c.Reason, by, now)],
            RetryRefund => [RequestRefund(d, d.Refund!.Amount, by, now)],
            WithdrawDispute c => [new DisputeWithdrawn(id, c.Reason, by, now), new DisputeClosed(id, DisputeOutcome.Withdrawn, d.Refunded, by, now)],
            _ => throw new InvalidOperationException($"{command.GetType().Name} has no transition from {d.Status}."),
        };
    }

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
