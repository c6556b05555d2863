using Disputes.Hosting.Workers;

namespace Disputes.Deadlines.Scheduling;

// Bound from "Disputes:Scheduler" (env Disputes__Scheduler__BatchSize=50 and so on). Enabled is off in tests that drive
// DrainDueAsync themselves after moving a fake clock. Parallelism 4: batches in flight per instance, a session each.
// Lease 2 min: it must outlast one batch. MaxIdle 30 s: how soon another instance's new deadline is seen.
public sealed class SchedulerOptions() : WorkerOptions(parallelism: 4, lease: TimeSpan.FromMinutes(2), maxIdle: TimeSpan.FromSeconds(30))
{
    public const string Section = "Disputes:Scheduler";

    // Small batches, oldest first: a catch-up after downtime never holds more than Parallelism batches of leases.
    public int BatchSize { get; set; } = 50;

    // Retry delay after an expiry failed (database error, unexpected refusal); it grows with attempts.
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(30);
}
