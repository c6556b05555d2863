using NodaTime;

namespace Disputes.Domain;

// The marketplace's own proposal, on behalf of its policy (which binds the seller): the buyer accepts or rejects it.
public sealed record PlatformSolutionProposed(
    Guid DisputeId,
    OfferKind Kind,
    Money RefundAmount,
    string Note,
    Actor By,
    Instant At,
    ReturnTerms? Terms = null) : WrittenEvent, IDisputeEvent;
