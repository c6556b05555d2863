using NodaTime;

namespace Disputes.Domain;

// An agreed remedy in goods: the seller now ships the replacement or the repaired item.
public sealed record ReplacementAuthorised(
    Guid DisputeId,
    OfferKind Kind,
    Actor By,
    Instant At) : IDisputeEvent;
