using NodaTime;

namespace Disputes.Domain;

public sealed record SellerRejectedClaim(
    Guid DisputeId,
    string Reason,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
