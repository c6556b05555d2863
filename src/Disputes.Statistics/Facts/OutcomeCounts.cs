using System.Text.Json.Serialization;
using Disputes.Domain;

namespace Disputes.Statistics.Facts;

// Closed disputes by outcome; one named field each so the stored JSON and the API read the same. Longs, as every
// count across disputes: no figure of a busy platform may overflow.
public sealed class OutcomeCounts
{
    public long BuyerFavoured { get; set; }
    public long SellerFavoured { get; set; }
    public long Split { get; set; }
    public long Withdrawn { get; set; }
    public long Expired { get; set; }
    public long Resolved { get; set; }

    [JsonIgnore]
    public long Total => BuyerFavoured + SellerFavoured + Split + Withdrawn + Expired + Resolved;

    public void Add(DisputeOutcome outcome)
    {
        switch (outcome)
        {
            case DisputeOutcome.BuyerFavoured: BuyerFavoured++; break;
            case DisputeOutcome.SellerFavoured: SellerFavoured++; break;
            case DisputeOutcome.Split: Split++; break;
            case DisputeOutcome.Withdrawn: Withdrawn++; break;
            case DisputeOutcome.Expired: Expired++; break;
            case DisputeOutcome.Resolved: Resolved++; break;
            default: throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome.");
        }
    }
}
