using NodaTime;

namespace Disputes.Domain;

public sealed record SellerOfferMade(
    Guid DisputeId,
    OfferKind Kind,
    Money RefundAmount,
    string Note,
    Actor By,
    Instant At,
    ReturnTerms? Terms = null) : WrittenEvent, IDisputeEvent;
