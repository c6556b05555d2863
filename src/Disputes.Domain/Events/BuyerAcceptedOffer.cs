using NodaTime;

namespace Disputes.Domain;

public sealed record BuyerAcceptedOffer(
    Guid DisputeId,
    OfferKind Kind,
    Money RefundAmount,
    Actor By,
    Instant At) : IDisputeEvent;
