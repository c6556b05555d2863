namespace Disputes.Domain;

// Expired: the buyer let a clock lapse (an offer unanswered, a return never shipped); the seller keeps the money.
// Resolved: settled in goods (a replacement or repair the buyer received, or did not object to in time).
public enum DisputeOutcome { BuyerFavoured, SellerFavoured, Split, Withdrawn, Expired, Resolved }
