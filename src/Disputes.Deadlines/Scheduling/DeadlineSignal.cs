using NodaTime;

namespace Disputes.Deadlines.Scheduling;

// Wakes this instance's scheduler early when a commit schedules a deadline sooner than its planned look.
// Other instances learn of it at their next bounded wakeup (SchedulerOptions.MaxIdle).
public sealed class DeadlineSignal
{
    private readonly SemaphoreSlim wake = new(0, 1);
    private long plannedUnixTicks = long.MinValue;

    // While draining, plan "never": any deadline committed meanwhile wakes the next sleep at once, so one
    // committed between the drain's last look and the next plan is never slept past.
    public void PlanDrain() => Interlocked.Exchange(ref plannedUnixTicks, long.MaxValue);

    public void PlanWake(Instant at) => Interlocked.Exchange(ref plannedUnixTicks, at.ToUnixTimeTicks());

    public Instant? PlannedWake
    {
        get
        {
            var ticks = Interlocked.Read(ref plannedUnixTicks);
            return ticks is long.MinValue or long.MaxValue ? null : Instant.FromUnixTimeTicks(ticks);
        }
    }

    public void Notify(Instant dueAt)
    {
        if (dueAt.ToUnixTimeTicks() < Interlocked.Read(ref plannedUnixTicks))
            Poke();
    }

    // Also for tests and operators: look now (e.g. after moving a fake clock).
    public void Poke()
    {
        lock (wake)
        {
            if (wake.CurrentCount == 0)
                wake.Release();
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => wake.WaitAsync(timeout, ct);
}
