namespace Disputes.Domain;

// Expired: the buyer let a clock lapse (an offer unanswered, a return never shipped); the seller keeps the money.
public enum DisputeOutcome { BuyerFavoured, SellerFavoured, Split, Withdrawn, Expired }
