namespace Disputes.Domain;

// We store events, not commands: this names the command whose accepted verdict a stored event opens, so a history
// can be put through today's decider again. Only the first event of a verdict is read here (plus the look-ahead
// two verdicts need); the rest of it, consequences included, is what the decider must reproduce.
public static class CommandReconstruction
{
    // Null when no command's verdict starts with this event: pure consequences (deadline bookkeeping,
    // DisputeClosed, DecisionFinalized, ReturnAuthorised, ReplacementAuthorised, EvidenceRequestAnswered, MediationOverdue) and an
    // EvidenceRequestLapsed that no release follows.
    public static IDisputeCommand? At(IReadOnlyList<IDisputeEvent> stream, int position) =>
        TextLanguages.Recover(Command(stream, position), stream, position);

    private static IDisputeCommand? Command(IReadOnlyList<IDisputeEvent> stream, int position) => stream[position] switch
    {
        DisputeOpened e => new OpenDispute(e.DisputeId, e.OrderId, e.BuyerId, e.SellerId, e.Reason, e.Description,
            e.AmountPaid, e.RequestedRemedy, e.RequestedRefund, e.ProtectionEndsAt, e.By, e.ReopenReason, e.Reopens is { } earlier ? [earlier] : null, e.Language),
        SellerAcceptedClaim e => new AcceptClaim(e.DisputeId, e.By),
        SellerOfferMade e => new MakeOffer(e.DisputeId, e.Kind, e.RefundAmount, e.Note, e.By, e.Terms),
        BuyerCounterOffered e => new CounterOffer(e.DisputeId, e.Kind, e.RefundAmount, e.Note, e.By),
        PlatformSolutionProposed e => new ProposeSolution(e.DisputeId, e.Kind, e.RefundAmount, e.Note, e.By, e.Terms),
        SellerAcceptedCounterOffer e => new AcceptOffer(e.DisputeId, e.By),
        SellerRejectedCounterOffer e => new RejectOffer(e.DisputeId, e.Reason, e.By),
        ReturnReceiptRecorded e => new RecordReturnReceipt(e.DisputeId, e.Outcome, e.Note, e.By),
        ReplacementShipped e => new ShipReplacement(e.DisputeId, e.Carrier, e.TrackingNumber, e.By),
        ReplacementReceived e => new ConfirmReplacementReceived(e.DisputeId, e.By),
        ReplacementProblemReported e => new ReportReplacementProblem(e.DisputeId, e.Description, e.By),
        ExtensionRequested e => new RequestExtension(e.DisputeId, e.Kind, e.Length, e.Reason, e.By),
        ExtensionGranted e => new GrantExtension(e.DisputeId, e.By),
        ExtensionRefused e => new RefuseExtension(e.DisputeId, e.Reason, e.By),
        BuyerProtectionExtended e => new ExtendProtection(e.DisputeId, e.Until, e.Reason, e.By),
        ResolutionRated e => new RateResolution(e.DisputeId, e.Score, e.Comment, e.By),
        TextTranslated e => new TranslateText(e.DisputeId, e.TextVersion, e.To, e.Translation, e.OriginalSha256, e.Engine, e.By),
        EvidenceAdded e when RejectionEvidence(stream, position) is { } rejection =>
            new RejectClaim(e.DisputeId, rejection.Reason.Reason, rejection.Evidence, e.By),
        EvidenceAdded e => new AddEvidence(e.DisputeId, e.Evidence, e.By),
        // A rejection stored without evidence: today's decider says why that is not allowed.
        SellerRejectedClaim e => new RejectClaim(e.DisputeId, e.Reason, [], e.By),
        BuyerAcceptedOffer e => new AcceptOffer(e.DisputeId, e.By),
        BuyerRejectedOffer e => new RejectOffer(e.DisputeId, e.Reason, e.By),
        MessagePosted e => new PostMessage(e.DisputeId, e.MessageId, e.Text, e.By) { Attachments = [.. (e.Attachments ?? []).Select(a => a.EvidenceId)] },
        DisputeEscalated e => new Escalate(e.DisputeId, e.Reason, e.By),
        // Assigning oneself and claiming produce the same event under the same conditions; claiming is the usual way.
        MediatorAssigned e when e.By.Kind == ActorKind.Mediator && e.By.Id == e.MediatorId => new ClaimCase(e.DisputeId, e.By),
        MediatorAssigned e => new AssignCase(e.DisputeId, e.MediatorId, e.By),
        MediatorReleased e => new ReleaseCase(e.DisputeId, e.Reason, e.By),
        CaseReassigned e => new ReassignCase(e.DisputeId, e.ToMediatorId, e.Reason, e.By),
        EvidenceRequestLapsed e when Next(stream, position) is CaseReassigned r && r.By == e.By && r.At == e.At =>
            new ReassignCase(e.DisputeId, r.ToMediatorId, r.Reason, r.By),
        // Releasing a case with an open evidence request lapses the request first, in the same verdict.
        EvidenceRequestLapsed e when Next(stream, position) is MediatorReleased r && r.By == e.By && r.At == e.At =>
            new ReleaseCase(e.DisputeId, r.Reason, r.By),
        EvidenceRequested e => new RequestEvidence(e.DisputeId, e.From, e.Description, e.By) { Required = e.Required ?? [] },
        // Only a partial refund or a return names its amount; a full refund and a rejection take none.
        MediatorDecisionRecorded e => new RecordDecision(e.DisputeId, e.Decision,
            e.Decision is DecisionKind.PartialRefund or DecisionKind.ReturnAndRefund ? e.RefundAmount : null, e.Rationale, e.By)
        {
            Considered = [.. (e.Considered ?? []).Select(c => c.EvidenceId)],
        },
        DecisionAppealed e => new AppealDecision(e.DisputeId, e.Reason, e.By),
        ReturnShipped e => new ShipReturn(e.DisputeId, e.Carrier, e.TrackingNumber, e.By),
        ReturnDelivered e => new MarkReturnDelivered(e.DisputeId, e.By),
        ReturnReceiptConfirmed e => new ConfirmReturnReceived(e.DisputeId, e.By),
        ReturnProblemReported e => new ReportReturnProblem(e.DisputeId, e.Description, e.By),
        RefundSucceeded e => new ReportRefundSucceeded(e.DisputeId, e.Attempt, e.PaymentReference, e.By),
        RefundFailed e => new ReportRefundFailed(e.DisputeId, e.Attempt, e.Reason, e.By),
        // Every other refund request follows the verdict that granted it; one that starts a verdict is a retry.
        RefundRequested e => new RetryRefund(e.DisputeId, e.By),
        DisputeWithdrawn e => new WithdrawDispute(e.DisputeId, e.Reason, e.By),
        DeadlineExpired e => new ExpireDeadline(e.DisputeId, e.Kind, e.DueAt, e.By),
        _ => null,
    };

    // A rejection stores its evidence first: a run of EvidenceAdded by the seller, at the rejection's instant, right
    // before SellerRejectedClaim. Evidence the same seller added separately at that very instant reads the same way,
    // and the decider produces the same events for both readings, so the replay cannot tell and need not.
    private static (SellerRejectedClaim Reason, IReadOnlyList<EvidenceItem> Evidence)? RejectionEvidence(IReadOnlyList<IDisputeEvent> stream, int position)
    {
        var first = stream[position];
        var evidence = new List<EvidenceItem>();
        for (var i = position; i < stream.Count; i++)
        {
            switch (stream[i])
            {
                case EvidenceAdded added when added.By == first.By && added.At == first.At:
                    evidence.Add(added.Evidence);
                    continue;
                case SellerRejectedClaim rejected when rejected.By == first.By && rejected.At == first.At:
                    return (rejected, evidence);
            }

            return null;
        }

        return null;
    }

    private static IDisputeEvent? Next(IReadOnlyList<IDisputeEvent> stream, int position) =>
        position + 1 < stream.Count ? stream[position + 1] : null;
}
