using Disputes.Domain;
using Disputes.Statistics.Facts;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Disputes.Statistics.Scorecards;

// Async (the hot/cold daemon): a seller's card is touched by every dispute of that seller, so updating it inline
// would serialise a busy seller's commands on one row. Partial for Marten 9's source generator; the explicit
// Evolve takes the enriched DisputeResolution, which no Apply convention could name as a stored event.
public partial class SellerScorecardProjection : MultiStreamProjection<SellerScorecard, string>
{
    public SellerScorecardProjection()
    {
        // The daemon loads only these types; DisputeClosed arrives here as a DisputeResolution (PageFacts).
        IncludeType<DisputeOpened>();
        IncludeType<SellerAcceptedClaim>();
        IncludeType<SellerOfferMade>();
        IncludeType<SellerRejectedClaim>();
        IncludeType<DisputeEscalated>();
        IncludeType<DeadlineExpired>();
        IncludeType<RefundSucceeded>();
        IncludeType<DisputeClosed>();
        IncludeType<ResolutionRated>();
        CustomGrouping(new PageGrouper(Route));
    }

    private static string? Route(object data, PageFacts page) => data switch
    {
        DisputeOpened o => o.SellerId,
        DisputeResolution r => r.SellerId,
        IDisputeEvent e when SellerAnswers.IsAnswer(e) || SellerAnswers.IsMissed(e) || e is RefundSucceeded or ResolutionRated =>
            page.Opening(e.DisputeId).SellerId,
        _ => null,
    };

    public override SellerScorecard? Evolve(SellerScorecard? snapshot, string id, IEvent e)
    {
        var card = snapshot ?? new SellerScorecard { Id = id };
        switch (e.Data)
        {
            case DisputeOpened opened: card.Open(opened); break;
            case DisputeResolution resolution: card.Resolve(resolution); break;
            case RefundSucceeded refund: card.Refund(refund.Amount); break;
            case ResolutionRated rated: card.Rate(rated); break;
            case IDisputeEvent answer when SellerAnswers.IsAnswer(answer): card.Answer(answer); break;
            case IDisputeEvent missed when SellerAnswers.IsMissed(missed): card.StopAwaiting(missed.DisputeId); break;
            default: return snapshot;
        }
        card.LastEventAt = e.Data is DisputeResolution r ? r.At : ((IDisputeEvent)e.Data).At;
        return card;
    }
}
