using Disputes.Hosting.Workers;

namespace Disputes.Webhooks.Delivery;

// Bound from "Disputes:Webhooks" (env Disputes__Webhooks__MaxAttempts=20 and so on). README lists every key.
// Enabled off: the outbox keeps filling, other instances deliver. Parallelism 8: POSTs in flight per instance, each
// claimed just before it is sent, one at a time per worker. Lease 1 min: it must outlast an attempt by a wide margin,
// because a lease that runs out while a POST is still on the wire is the one way a later notification could overtake
// it. MaxIdle 5 s: how soon an instance sees another one's commits and due retries.
public sealed class WebhookOptions() : WorkerOptions(parallelism: 8, lease: TimeSpan.FromMinutes(1), maxIdle: TimeSpan.FromSeconds(5))
{
    public const string Section = "Disputes:Webhooks";

    // Attempts at one notification (the first included) before it is dead-lettered.
    public int MaxAttempts { get; set; } = 20;

    // Median delay before the first retry; later ones double (Polly's exponential backoff with jitter) ...
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    // ... up to this. With the defaults, 20 attempts span about two days and eight hours (README: the schedule).
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    // How long one POST may take, connection included; a slower receiver counts as failed.
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    // Where receivers reach this API, for the dispute link in payloads ("https://disputes.example.com").
    // Unset, the link is the path alone ("/disputes/{id}").
    public string? PublicBaseUrl { get; set; }
}
