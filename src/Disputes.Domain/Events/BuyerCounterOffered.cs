using NodaTime;

namespace Disputes.Domain;

// The buyer's own proposal in answer to one on the table; the seller now answers it.
public sealed record BuyerCounterOffered(
    Guid DisputeId,
    OfferKind Kind,
    Money RefundAmount,
    string Note,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
