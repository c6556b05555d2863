namespace Disputes.Domain;

// What a proposal settles on. RefundAndKeep refunds up to what is left while the buyer keeps the item (a partial refund
// is strictly below it); Replacement and Repair move goods, not money: the seller sends the item back to the buyer.
public enum OfferKind { PartialRefund, ReturnAndRefund, RefundAndKeep, Replacement, Repair }
