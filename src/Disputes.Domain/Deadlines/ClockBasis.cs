using NodaTime;

namespace Disputes.Domain;

// Where a running clock counts from and how long it runs: the two inputs DeadlineRules.Required adds up, so a
// reader can redo the sum. WorkingTime: Length is working time in the policy's mediation calendar, not elapsed time.
public sealed record ClockBasis(Instant From, Duration Length, bool WorkingTime, string FromWhat)
{
    public static ClockBasis? For(DeadlineKind kind, Dispute d, DisputePolicy p) => kind switch
    {
        DeadlineKind.SellerResponse => new(d.OpenedAt, p.SellerResponse, false, "opened"),
        DeadlineKind.NegotiationLimit => new(d.OpenedAt, p.NegotiationLimit, false, "opened"),
        DeadlineKind.BuyerReplyToOffer when d.PendingOffer is { } offer => new(offer.MadeAt, p.BuyerReplyToOffer, false, "offer-made"),
        DeadlineKind.EvidenceResponse when d.EvidenceRequest is { } request => new(request.RequestedAt, p.EvidenceResponse, false, "evidence-requested"),
        DeadlineKind.MediatorDecisionSla when d.EscalatedAt is { } escalated => new(escalated, p.MediatorDecisionSla, true, "escalated"),
        DeadlineKind.ReturnShipment when d.Return is { } authorised => new(authorised.AuthorisedAt, p.ReturnShipment, false, "return-authorised"),
        DeadlineKind.ReturnConfirmation when d.Return?.DeliveredAt is { } delivered => new(delivered, p.ReturnConfirmation, false, "return-delivered"),
        DeadlineKind.AppealWindow when d.Decision is { } decision => new(decision.DecidedAt, p.AppealWindow, false, "decided"),
        _ => null,
    };

    public Instant DueAt(DisputePolicy p) => WorkingTime ? p.Calendar.AddWorkingTime(From, Length) : From + Length;
}
