using NodaTime;

namespace Disputes.Domain;

public sealed record SellerRejectedCounterOffer(
    Guid DisputeId,
    string Reason,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
