namespace Disputes.Domain;

// The two sides of an order; a mediator asks one of them for evidence.
public enum Party { Buyer, Seller }
