namespace Disputes.Domain;

public enum ActorKind { Buyer, Seller, Mediator, System }
