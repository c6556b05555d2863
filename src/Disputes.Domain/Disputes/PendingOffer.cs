using NodaTime;

namespace Disputes.Domain;

public sealed record PendingOffer(OfferKind Kind, Money RefundAmount, Instant MadeAt);
