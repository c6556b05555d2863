
namespace Disputes.Deadlines.Scheduling;

// Bound from "Disputes:Scheduler" (env Disputes__Scheduler__BatchSize=50 and so on).
public sealed class SchedulerOptions
{
    public const string Section = "Disputes:Scheduler";

    // Off in tests that drive DrainDueAsync themselves after moving a fake clock.
    public bool Enabled { get; set; } = true;

    // Small batches, oldest first: a catch-up after downtime never holds more than a batch of leases.
    public int BatchSize { get; set; } = 50;

    // Expiries in flight per instance; the rest of the connection pool stays with live requests.
    public int Parallelism { get; set; } = 4;

    // How long a claim hides a row from other instances; it must outlast one batch. A claimer that dies
    // loses its rows for this long, then another instance fires them.
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    // The longest an idle scheduler sleeps; it is also how soon another instance's new deadline is seen.
    public TimeSpan MaxIdle { get; set; } = TimeSpan.FromSeconds(30);

    // Floor for the sleep, so a row that is due but momentarily unclaimable cannot spin the loop.
    public TimeSpan MinIdle { get; set; } = TimeSpan.FromMilliseconds(50);

    // Retry delay after an expiry failed (database error, unexpected refusal); it grows with attempts.
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(30);
}
