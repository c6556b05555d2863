using NodaTime;

namespace Disputes.Domain;

// Until is the new end of the order's buyer protection; Length what was added to the previous end.
public sealed record BuyerProtectionExtended(
    Guid DisputeId,
    Duration Length,
    Instant Until,
    string Reason,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
