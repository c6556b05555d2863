using NodaTime;

namespace Disputes.Domain;

public sealed record BuyerRejectedOffer(
    Guid DisputeId,
    string Reason,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
