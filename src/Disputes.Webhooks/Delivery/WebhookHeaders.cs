
namespace Disputes.Webhooks.Delivery;

// What every delivery carries besides the signature; the README documents them for receivers.
public static class WebhookHeaders
{
    // The notification's id: the same on every attempt at it.
    public const string Id = "Disputes-Webhook-Id";

    // 1 on the first try; a receiver sees the same id with a higher number after a failure or a lost answer.
    public const string Attempt = "Disputes-Webhook-Attempt";

    public const string EventType = "Disputes-Event-Type";

    public const string UserAgent = "Disputes-Webhooks/1.0";
}
