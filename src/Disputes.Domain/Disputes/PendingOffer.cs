using NodaTime;

namespace Disputes.Domain;

// The proposal on the table: who made it (the seller, the buyer's counter-offer, or the platform) says who answers it.
public sealed record PendingOffer(OfferKind Kind, Money RefundAmount, Instant MadeAt, ActorKind ProposedBy = ActorKind.Seller, ReturnTerms? Terms = null);
