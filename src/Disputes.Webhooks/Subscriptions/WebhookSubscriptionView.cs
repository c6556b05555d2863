using System.Text.Json.Serialization;
using NodaTime;

namespace Disputes.Webhooks.Subscriptions;

public enum WebhookSubscriptionStatus { Active, Paused }

// A subscription as admins see it, with what waits in its outbox: pending (to deliver, in retry, or held behind
// a dead letter or by a pause) and dead letters.
public sealed record WebhookSubscriptionView(
    Guid Id,
    string Url,
    IReadOnlyList<string> EventTypes,
    string? Description,
    WebhookSubscriptionStatus Status,
    Instant CreatedAt,
    string CreatedBy,
    Instant? PausedAt,
    long Pending,
    long DeadLetters)
{
    // Only in the answer to the create that made it (or a replay of that create with its Idempotency-Key).
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Secret { get; init; }

    // Records print every property; this one may carry the secret and must never put it in a log.
    public override string ToString() => $"webhook subscription {Id} to {Url} ({Status})";
}

public sealed record WebhookSubscriptionList(IReadOnlyList<WebhookSubscriptionView> Items);
