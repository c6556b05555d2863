using Disputes.Domain;
using Disputes.Statistics.Facts;
using NodaTime;

namespace Disputes.Statistics.Scorecards;

// One seller's dispute record, projected asynchronously from every dispute naming them (docs/projections.md has
// the definitions). The id is the seller id as the storefront sends it.
public sealed class SellerScorecard
{
    public string Id { get; set; } = "";
    // Counts are longs and refunds 128-bit totals: a figure summed across disputes must never overflow (MoneyTotal).
    public long Opened { get; set; }
    public long Won { get; set; }
    public long Lost { get; set; }
    public long ResolvedByDeadline { get; set; }
    public OutcomeCounts Outcomes { get; set; } = new();

    // Money actually paid back (RefundSucceeded), one entry per currency, in currency order.
    public List<MoneyTotal> Refunded { get; set; } = [];
    public ResponseTimes FirstResponses { get; set; } = new();

    // Open disputes the seller has not answered yet: all that is needed to time the first answer and only the first.
    public List<AwaitingAnswer> AwaitingFirstResponse { get; set; } = [];
    public Instant? LastEventAt { get; set; }

    // How the parties rated the resolutions of this seller's disputes: the buyers' view of the seller's disputes, and
    // the seller's own view of how the platform handled them.
    public RatingTally RatingsByBuyers { get; set; } = new();
    public RatingTally RatingsBySeller { get; set; } = new();

    public sealed record AwaitingAnswer(Guid DisputeId, Instant OpenedAt);

    public void Open(DisputeOpened e)
    {
        Opened++;
        AwaitingFirstResponse.Add(new AwaitingAnswer(e.DisputeId, e.At));
    }

    public void Answer(IDisputeEvent e)
    {
        var index = AwaitingFirstResponse.FindIndex(a => a.DisputeId == e.DisputeId);
        if (index < 0)
            return;
        FirstResponses.Add(e.At - AwaitingFirstResponse[index].OpenedAt);
        AwaitingFirstResponse.RemoveAt(index);
    }

    public void StopAwaiting(Guid disputeId) => AwaitingFirstResponse.RemoveAll(a => a.DisputeId == disputeId);

    public void Refund(Money amount)
    {
        var index = Refunded.FindIndex(m => m.Currency == amount.Currency);
        if (index >= 0)
        {
            Refunded[index] = Refunded[index].Add(amount);
            return;
        }
        Refunded.Add(new MoneyTotal(amount.Amount, amount.Currency));
        Refunded.Sort((a, b) => string.CompareOrdinal(a.Currency, b.Currency));
    }

    public void Rate(ResolutionRated r) => (r.Party == Party.Buyer ? RatingsByBuyers : RatingsBySeller).Add(r.Score);

    public void Resolve(DisputeResolution r)
    {
        Outcomes.Add(r.Outcome);
        if (r.SellerLost) Lost++;
        else Won++;
        if (r.ByDeadline) ResolvedByDeadline++;
        StopAwaiting(r.DisputeId);
    }
}
