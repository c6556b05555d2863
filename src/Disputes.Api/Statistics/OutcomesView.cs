using Disputes.Projections.Statistics;

namespace Disputes.Api.Statistics;

// Closed disputes by outcome (DisputeOutcome), every outcome present even when zero.
public sealed record OutcomesView(int BuyerFavoured, int SellerFavoured, int Split, int Withdrawn, int Expired)
{
    public static OutcomesView From(OutcomeCounts c) => new(c.BuyerFavoured, c.SellerFavoured, c.Split, c.Withdrawn, c.Expired);
}
