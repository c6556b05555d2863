namespace Disputes.Domain;

// Evolve(state, event) → next state. Total over every event type and never refuses: events are facts.
public static class DisputeEvolver
{
    public static Dispute Fold(IEnumerable<IDisputeEvent> events) =>
        events.Aggregate((Dispute?)null, Evolve) ?? throw new InvalidOperationException("A dispute stream must start with DisputeOpened.");

    public static Dispute Evolve(Dispute? state, IDisputeEvent @event)
    {
        if (@event is DisputeOpened opened)
            return WithText(Opened(opened) with { EventCount = 1 }, opened);

        var current = state ?? throw new InvalidOperationException($"{@event.GetType().Name} before DisputeOpened.");
        return WithText(Apply(current, @event) with { LastChangedAt = @event.At, EventCount = current.EventCount + 1 }, @event);
    }

    // The opening's description is in the case language; other texts state their own.
    private static LanguageTag? LanguageOf(IDisputeEvent e) => e switch
    {
        DisputeOpened o => o.Language ?? LanguageTag.Default,
        WrittenEvent w => w.Language,
        _ => null,
    };

    // Remembers the hash and language of a participant's text under the version of its event (the state's new count).
    private static Dispute WithText(Dispute s, IDisputeEvent e) =>
        WrittenTexts.Of(e) is { } text
            ? s with { Texts = s.Texts.SetItem(s.EventCount, new TranslatableText(Sha256Text.Of(text), LanguageOf(e))) }
            : s;

    private static Dispute Opened(DisputeOpened e) => new()
    {
        Id = e.DisputeId,
        OrderId = e.OrderId,
        BuyerId = e.BuyerId,
        SellerId = e.SellerId,
        Reason = e.Reason,
        Description = e.Description,
        AmountPaid = e.AmountPaid,
        RequestedRemedy = e.RequestedRemedy,
        RequestedRefund = e.RequestedRefund,
        ProtectionEndsAt = e.ProtectionEndsAt,
        Policy = e.Policy,
        OpenedAt = e.At,
        Reopens = e.Reopens,
        ReopenReason = e.ReopenReason,
        Language = e.Language ?? LanguageTag.Default,
        LastChangedAt = e.At,
        Status = DisputeStatus.AwaitingSellerResponse,
        Refunded = Money.Zero(e.AmountPaid.Currency),
    };

    private static Dispute Apply(Dispute s, IDisputeEvent @event) => @event switch
    {
        DeadlineScheduled e => s with { Deadlines = s.Deadlines.SetItem(e.Kind, new Deadline(e.Kind, e.DueAt, e.Rule, e.PolicyVersion)) },
        // A request for more time on a clock that stopped has nothing left to extend.
        DeadlineCancelled e => s with { Deadlines = s.Deadlines.Remove(e.Kind), PendingExtension = Unless(s.PendingExtension, e.Kind) },
        DeadlineExpired e => s with { Deadlines = s.Deadlines.Remove(e.Kind), PendingExtension = Unless(s.PendingExtension, e.Kind) },

        SellerAcceptedClaim => s,
        SellerOfferMade e => Proposed(s, DisputeStatus.AwaitingBuyerReply, new PendingOffer(e.Kind, e.RefundAmount, e.At, ActorKind.Seller, e.Terms)),
        BuyerCounterOffered e => Proposed(s, DisputeStatus.AwaitingSellerReply, new PendingOffer(e.Kind, e.RefundAmount, e.At, ActorKind.Buyer)),
        PlatformSolutionProposed e => Proposed(s, DisputeStatus.AwaitingBuyerReply, new PendingOffer(e.Kind, e.RefundAmount, e.At, ActorKind.Platform, e.Terms)),
        SellerRejectedClaim => s with { Status = DisputeStatus.AwaitingBuyerEscalation },
        BuyerAcceptedOffer => s with { PendingOffer = null },
        SellerAcceptedCounterOffer => s with { PendingOffer = null },
        // Under a policy whose rejections escalate, DisputeEscalated follows in the same verdict.
        BuyerRejectedOffer => s with { PendingOffer = null, Status = DisputeStatus.Negotiating },
        SellerRejectedCounterOffer => s with { PendingOffer = null, Status = DisputeStatus.Negotiating },

        ExtensionRequested e => s with
        {
            PendingExtension = new ExtensionRequest(e.Kind, e.Length, e.Reason, s.PartyOf(e.By) ?? Party.Buyer, e.At),
            ExtensionRequests = s.ExtensionRequests + 1,
        },
        ExtensionGranted e => s with
        {
            PendingExtension = null,
            Extensions = s.Extensions.Add(new GrantedExtension(e.Kind, e.ClockFrom, e.Length, e.By, e.At)),
        },
        ExtensionRefused => s with { PendingExtension = null },
        BuyerProtectionExtended e => s with { ProtectionEndsAt = e.Until },

        MessagePosted e => s with { MessageCount = s.MessageCount + 1, MessageIds = s.MessageIds.Add(e.MessageId) },
        EvidenceAdded e => s with
        {
            EvidenceCount = s.EvidenceCount + 1,
            EvidenceIds = s.EvidenceIds.Add(e.Evidence.EvidenceId),
            Evidence = s.Evidence.Add(e.Evidence),
            EvidenceRequest = s.EvidenceRequest?.Counting(e.Evidence, s.PartyOf(e.By)),
        },

        DisputeEscalated e => s with
        {
            Status = DisputeStatus.AwaitingMediator,
            EscalatedAt = e.At,
            PendingOffer = null,
            MediatorId = null,
            MediationOverdue = false,
        },
        MediatorAssigned e => s with { Status = DisputeStatus.UnderMediation, MediatorId = e.MediatorId },
        MediatorReleased => s with { Status = DisputeStatus.AwaitingMediator, MediatorId = null },
        CaseReassigned { ToMediatorId: null } => s with { Status = DisputeStatus.AwaitingMediator, MediatorId = null },
        CaseReassigned e => s with { MediatorId = e.ToMediatorId },
        EvidenceRequested e => s with
        {
            Status = DisputeStatus.AwaitingEvidence,
            EvidenceRequest = new OpenEvidenceRequest(e.From, e.Description, e.At)
            {
                Required = [.. (e.Required ?? []).Select(r => new RequestedEvidence(r.Kind, r.Mandatory, Satisfied: false))],
            },
        },
        EvidenceRequestAnswered => s with { Status = DisputeStatus.UnderMediation, EvidenceRequest = null },
        EvidenceRequestLapsed => s with { Status = DisputeStatus.UnderMediation, EvidenceRequest = null },
        MediationSlaBreached => s with { MediationOverdue = true },
        EvidenceFilesExpired => s with { FilesExpired = true },

        MediatorDecisionRecorded e => s with
        {
            Status = DisputeStatus.Decided,
            Decision = new RecordedDecision(e.Decision, e.RefundAmount, e.Rationale, e.By.Id, e.At, e.Final) { Considered = e.Considered ?? [] },
        },
        DecisionAppealed => s with
        {
            Appealed = true,
            ExcludedMediators = s.MediatorId is { } previous ? s.ExcludedMediators.Add(previous) : s.ExcludedMediators,
            Decision = null,
        },
        DecisionFinalized => s with { Decision = s.Decision is { } d ? d with { Final = true } : null },

        ReturnAuthorised e => s with
        {
            Status = DisputeStatus.AwaitingReturnShipment,
            Return = new ReturnProgress(e.RefundAmount, e.At, null, null, null, null, e.Terms),
        },
        ReturnShipped e => s with
        {
            Status = DisputeStatus.ReturnInTransit,
            Return = s.Return! with { Carrier = e.Carrier, TrackingNumber = e.TrackingNumber, ShippedAt = e.At },
        },
        ReturnDelivered e => s with { Status = DisputeStatus.ReturnDelivered, Return = s.Return! with { DeliveredAt = e.At } },
        ReturnReceiptConfirmed => s,
        ReturnProblemReported => s,
        ReturnReceiptRecorded e => s with { Return = s.Return! with { Receipt = e.Outcome } },

        ReplacementAuthorised e => s with { Status = DisputeStatus.AwaitingReplacementShipment, Replacement = new ReplacementProgress(e.Kind, e.At) },
        ReplacementShipped e => s with
        {
            Status = DisputeStatus.ReplacementInTransit,
            Replacement = s.Replacement! with { Carrier = e.Carrier, TrackingNumber = e.TrackingNumber, ShippedAt = e.At },
        },
        ReplacementReceived => s,
        ReplacementProblemReported => s,

        RefundRequested e => s with
        {
            Status = DisputeStatus.RefundPending,
            Refund = new RefundProgress(e.Attempt, e.Amount, e.At, null),
            RefundAttempts = e.Attempt,
        },
        RefundSucceeded e => s with { Refunded = s.Refunded + e.Amount, Refund = null },
        RefundFailed e => s with { Status = DisputeStatus.RefundFailed, Refund = s.Refund! with { FailureReason = e.Reason } },

        DisputeWithdrawn => s,
        DisputeClosed e => s with
        {
            Status = DisputeStatus.Closed,
            Outcome = e.Outcome,
            ClosedAt = e.At,
            PendingOffer = null,
            EvidenceRequest = null,
            PendingExtension = null,
        },
        ResolutionRated e => s with { Ratings = s.Ratings.Add(new ResolutionRating(e.Party, e.Score, e.Comment, e.At) { Language = e.Comment is null ? null : e.Language }) },
        TextTranslated e => s with
        {
            Texts = s.Texts.SetItem(e.TextVersion, s.Texts[e.TextVersion] with
            {
                Translations = s.Texts[e.TextVersion].Translations.Add(new TextTranslation(e.From, e.To, e.Translation, e.Engine, e.By, e.At)),
            }),
        },
        DisputeOpened => throw new InvalidOperationException("DisputeOpened twice in one stream."),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unknown dispute event."),
    };

    private static Dispute Proposed(Dispute s, DisputeStatus status, PendingOffer offer) =>
        s with { Status = status, PendingOffer = offer, Proposals = s.Proposals + 1 };

    private static ExtensionRequest? Unless(ExtensionRequest? pending, DeadlineKind stopped) =>
        pending?.Kind == stopped ? null : pending;
}
