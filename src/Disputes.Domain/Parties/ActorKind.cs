namespace Disputes.Domain;

// Who acts on a dispute. Buyer and Seller are the order's parties, Mediator a case worker; Platform is the
// marketplace acting on its own behalf (its payment backend reporting a refund, carrier tracking reporting a
// delivery, an admin routing a case); System is the engine itself (a clock running out, the deadline bookkeeping
// every verdict carries). No client can act as System.
public enum ActorKind { Buyer, Seller, Mediator, Platform, System }
