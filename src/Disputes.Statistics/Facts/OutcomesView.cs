
namespace Disputes.Statistics.Facts;

// Closed disputes by outcome (DisputeOutcome), every outcome present even when zero.
public sealed record OutcomesView(long BuyerFavoured, long SellerFavoured, long Split, long Withdrawn, long Expired, long Resolved)
{
    public static OutcomesView From(OutcomeCounts c) => new(c.BuyerFavoured, c.SellerFavoured, c.Split, c.Withdrawn, c.Expired, c.Resolved);
}
