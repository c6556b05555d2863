using Disputes.Projections;
using Disputes.Webhooks.Outbox;
using Disputes.Webhooks.Reminders;

namespace Disputes.Webhooks.Subscriptions;

// What a subscription may ask for: the event type names (the wire names of the facts), the notifications that are not
// events (DeadlineApproaching reminders), or "*" for all of them.
public static class WebhookEventTypes
{
    public static readonly IReadOnlySet<string> Known =
        MartenSetup.EventTypes().Select(t => t.Name).Append(DeadlineApproaching.Type).ToHashSet(StringComparer.Ordinal);

    public const string All = WebhookSubscriptionTable.AllEvents;

    public static bool IsValid(string name) => name == All || Known.Contains(name);
}
