
namespace Disputes.Webhooks.Delivery;

// One notification this instance holds a lease on, with where it goes and the key that signs it.
public sealed record ClaimedNotification(
    Guid Id,
    Guid SubscriptionId,
    string Url,
    string Secret,
    Guid DisputeId,
    Guid EventId,
    string EventType,
    long Version,
    long Sequence,
    int Attempts,
    Guid ClaimToken,
    // The data of a notification that is not an event (DeadlineApproaching); null: read the event's.
    string? Payload = null)
{
    // Records print every property; this one must never put the secret in a log.
    public override string ToString() =>
        $"notification {Id} ({EventType} v{Version} of dispute {DisputeId}) for subscription {SubscriptionId}, attempt {Attempts}";
}
