namespace Disputes.Domain;

// What the seller found in a returned parcel. Only AsDescribed releases the refund; every other finding goes to a mediator.
public enum ReceiptOutcome { AsDescribed, Damaged, EmptyOrDifferentItem, MissingParts }
