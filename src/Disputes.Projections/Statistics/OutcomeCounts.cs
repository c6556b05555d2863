using System.Text.Json.Serialization;
using Disputes.Domain;

namespace Disputes.Projections.Statistics;

// Closed disputes by outcome; one named field each so the stored JSON and the API read the same.
public sealed class OutcomeCounts
{
    public int BuyerFavoured { get; set; }
    public int SellerFavoured { get; set; }
    public int Split { get; set; }
    public int Withdrawn { get; set; }
    public int Expired { get; set; }

    [JsonIgnore]
    public int Total => BuyerFavoured + SellerFavoured + Split + Withdrawn + Expired;

    public void Add(DisputeOutcome outcome)
    {
        switch (outcome)
        {
            case DisputeOutcome.BuyerFavoured: BuyerFavoured++; break;
            case DisputeOutcome.SellerFavoured: SellerFavoured++; break;
            case DisputeOutcome.Split: Split++; break;
            case DisputeOutcome.Withdrawn: Withdrawn++; break;
            case DisputeOutcome.Expired: Expired++; break;
            default: throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome.");
        }
    }
}
