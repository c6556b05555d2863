using NodaTime;

namespace Disputes.Hosting.Workers;

// Wakes this instance's worker before its planned look when something it should do now, or sooner than planned, was
// committed here. Other instances learn of it at their next bounded wakeup (MaxIdle). Pokes coalesce: however many
// arrive during a sleep, the worker wakes once.
public class WakeSignal
{
    // For work that is due as soon as it is committed (a notification to deliver).
    public static readonly Instant AtOnce = Instant.MinValue;

    private const long NoPlan = long.MinValue;
    private const long Running = long.MaxValue;

    private readonly SemaphoreSlim wake = new(0, 1);
    private long plannedUnixTicks = NoPlan;

    // While the worker runs, plan "never": anything committed meanwhile wakes the next sleep at once, so work committed
    // between the run's last look and the next plan is never slept past.
    public void PlanRun() => Interlocked.Exchange(ref plannedUnixTicks, Running);

    public void PlanWake(Instant at) => Interlocked.Exchange(ref plannedUnixTicks, at.ToUnixTimeTicks());

    // Null before the first run and while running.
    public Instant? PlannedWake
    {
        get
        {
            var ticks = Interlocked.Read(ref plannedUnixTicks);
            return ticks is NoPlan or Running ? null : Instant.FromUnixTimeTicks(ticks);
        }
    }

    // Something falls due at dueAt: wake the worker if that is sooner than it planned to look.
    public void Notify(Instant dueAt)
    {
        if (dueAt.ToUnixTimeTicks() < Interlocked.Read(ref plannedUnixTicks))
            Poke();
    }

    // Look now, whatever the plan (a resumed subscription, an operator, a test that moved a fake clock).
    public void Poke()
    {
        lock (wake)
        {
            if (wake.CurrentCount == 0)
                wake.Release();
        }
    }

    // True when poked, false when the timeout ran out.
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => wake.WaitAsync(timeout, ct);
}
