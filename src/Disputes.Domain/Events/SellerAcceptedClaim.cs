using NodaTime;

namespace Disputes.Domain;

public sealed record SellerAcceptedClaim(
    Guid DisputeId,
    Actor By,
    Instant At) : IDisputeEvent;
