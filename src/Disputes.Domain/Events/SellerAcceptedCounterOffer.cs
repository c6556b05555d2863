using NodaTime;

namespace Disputes.Domain;

public sealed record SellerAcceptedCounterOffer(
    Guid DisputeId,
    OfferKind Kind,
    Money RefundAmount,
    Actor By,
    Instant At) : IDisputeEvent;
