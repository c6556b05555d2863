namespace Disputes.Domain;

// How an item goes back: where to, who pays the postage, and the storefront's reference of a prepaid label if one is
// issued (the label itself lives with the storefront, like evidence files).
public sealed record ReturnTerms(string Address, Party ShippingPaidBy, string? PrepaidLabel = null);
