using Disputes.Domain;
using NodaTime;

namespace Disputes.Statistics.Facts;

// Never stored: how the statistics projections see a DisputeClosed, with what the closing event does not repeat
// (the seller and reason from DisputeOpened, whether a clock settled it from the history). PageFacts makes one
// for each DisputeClosed of the page being projected, keeping the original event's sequence and metadata.
public sealed record DisputeResolution(
    Guid DisputeId,
    string SellerId,
    DisputeReason Reason,
    DisputeOutcome Outcome,
    Money Refunded,
    bool ByDeadline,
    Instant At)
{
    // Won and lost from the seller's side, by the money: any refund to the buyer is a loss.
    public bool SellerLost => Refunded.IsPositive;
}
