using NodaTime;

namespace Disputes.Domain;

// The buyer may now ship the item back; the refund follows the seller's confirmation.
public sealed record ReturnAuthorised(
    Guid DisputeId,
    Money RefundAmount,
    Actor By,
    Instant At,
    ReturnTerms? Terms = null) : IDisputeEvent;
