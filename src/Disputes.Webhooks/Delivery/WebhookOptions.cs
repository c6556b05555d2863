
namespace Disputes.Webhooks.Delivery;

// Bound from "Disputes:Webhooks" (env Disputes__Webhooks__MaxAttempts=20 and so on). README lists every key.
public sealed class WebhookOptions
{
    public const string Section = "Disputes:Webhooks";

    // Off on instances that should only serve requests; the outbox keeps filling, other instances deliver.
    public bool Enabled { get; set; } = true;

    // Attempts at one notification (the first included) before it is dead-lettered.
    public int MaxAttempts { get; set; } = 20;

    // Median delay before the first retry; later ones double (Polly's exponential backoff with jitter) ...
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    // ... up to this. With the defaults, 20 attempts span about two days and eight hours (README: the schedule).
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    // How long one POST may take, connection included; a slower receiver counts as failed.
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    // How long a claim hides a notification from other instances. It must outlast an attempt by a wide margin:
    // a lease that runs out while a POST is still on the wire is the one way a later notification could overtake it.
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    // POSTs in flight per instance. Each is claimed just before it is sent, one at a time per worker.
    public int Parallelism { get; set; } = 8;

    // The longest an idle dispatcher sleeps: how soon it sees another instance's commits and due retries.
    public TimeSpan MaxIdle { get; set; } = TimeSpan.FromSeconds(5);

    // Floor for the sleep, so a row that is due but claimed elsewhere cannot spin the loop.
    public TimeSpan MinIdle { get; set; } = TimeSpan.FromMilliseconds(50);

    // Where receivers reach this API, for the dispute link in payloads ("https://disputes.example.com").
    // Unset, the link is the path alone ("/disputes/{id}").
    public string? PublicBaseUrl { get; set; }
}
