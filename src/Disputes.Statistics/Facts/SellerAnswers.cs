using Disputes.Domain;

namespace Disputes.Statistics.Facts;

// The seller's answer to a claim: accepting it, making an offer, rejecting it, or escalating instead of answering.
// A message is not an answer (it commits the seller to nothing), and only the first answer of a dispute is timed.
public static class SellerAnswers
{
    public static bool IsAnswer(IDisputeEvent e) =>
        e.By.Kind == ActorKind.Seller && e is SellerAcceptedClaim or SellerOfferMade or SellerRejectedClaim or DisputeEscalated;

    // The seller-response clock ran out: the dispute will never get a first answer to time.
    public static bool IsMissed(IDisputeEvent e) => e is DeadlineExpired { Kind: DeadlineKind.SellerResponse };
}
