namespace Disputes.Domain;

public enum OfferKind { PartialRefund, ReturnAndRefund }
