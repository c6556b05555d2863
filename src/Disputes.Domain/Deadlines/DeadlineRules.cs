using NodaTime;

namespace Disputes.Domain;

// Which clocks a state runs and when each falls due: a pure function of the state, so the decider can
// diff "running" against "required" after every transition and never forget to cancel one.
public static class DeadlineRules
{
    public const string SellerFirstResponse = "seller-first-response";
    public const string BuyerReplyToOffer = "buyer-reply-to-offer";
    public const string NegotiationWithoutResolution = "negotiation-without-resolution";
    public const string PartyAnswersEvidenceRequest = "party-answers-evidence-request";
    public const string MediatorDecisionSla = "mediator-decision-sla";
    public const string BuyerShipsReturn = "buyer-ships-return";
    public const string SellerConfirmsDeliveredReturn = "seller-confirms-delivered-return";
    public const string AppealWindow = "appeal-window";

    public static IReadOnlyList<Deadline> Required(Dispute dispute, DisputePolicy policy)
    {
        var required = new List<Deadline>(3);
        void Add(DeadlineKind kind, Instant due, string rule) => required.Add(new Deadline(kind, due, rule, policy.Version));

        switch (dispute.Status)
        {
            case DisputeStatus.AwaitingSellerResponse:
                Add(DeadlineKind.SellerResponse, dispute.OpenedAt + policy.SellerResponse, SellerFirstResponse);
                break;
            case DisputeStatus.AwaitingBuyerReply when dispute.PendingOffer is { } offer:
                Add(DeadlineKind.BuyerReplyToOffer, offer.MadeAt + policy.BuyerReplyToOffer, BuyerReplyToOffer);
                break;
            case DisputeStatus.AwaitingEvidence when dispute.EvidenceRequest is { } request:
                Add(DeadlineKind.EvidenceResponse, request.RequestedAt + policy.EvidenceResponse, PartyAnswersEvidenceRequest);
                break;
            case DisputeStatus.AwaitingReturnShipment when dispute.Return is { } authorised:
                Add(DeadlineKind.ReturnShipment, authorised.AuthorisedAt + policy.ReturnShipment, BuyerShipsReturn);
                break;
            case DisputeStatus.ReturnDelivered when dispute.Return?.DeliveredAt is { } delivered:
                Add(DeadlineKind.ReturnConfirmation, delivered + policy.ReturnConfirmation, SellerConfirmsDeliveredReturn);
                break;
            case DisputeStatus.Decided when dispute.Decision is { Final: false } decision:
                Add(DeadlineKind.AppealWindow, decision.DecidedAt + policy.AppealWindow, AppealWindow);
                break;
        }

        if (dispute.Status.IsNegotiation())
            Add(DeadlineKind.NegotiationLimit, dispute.OpenedAt + policy.NegotiationLimit, NegotiationWithoutResolution);

        if (dispute.Status.IsMediation() && dispute.EscalatedAt is { } escalated && !dispute.MediationOverdue)
            Add(DeadlineKind.MediatorDecisionSla, policy.Calendar.AddWorkingTime(escalated, policy.MediatorDecisionSla), MediatorDecisionSla);

        return required;
    }

    // What happens when the clock runs out, for API responses and the queue.
    public static string Consequence(DeadlineKind kind, DisputePolicy policy) => kind switch
    {
        DeadlineKind.SellerResponse => policy.OnSellerSilence == SellerSilenceConsequence.RefundBuyer
            ? "the buyer is refunded in full"
            : "the dispute is escalated to mediation",
        DeadlineKind.BuyerReplyToOffer => "the dispute is closed without a refund",
        DeadlineKind.NegotiationLimit => "the dispute is escalated to mediation",
        DeadlineKind.EvidenceResponse => "the mediator may decide without the evidence",
        DeadlineKind.MediatorDecisionSla => "the case is flagged overdue in the mediator queue",
        DeadlineKind.ReturnShipment => "the dispute is closed in the seller's favour",
        DeadlineKind.ReturnConfirmation => "the buyer is refunded",
        DeadlineKind.AppealWindow => "the decision becomes final",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
