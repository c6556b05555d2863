using NodaTime;

namespace Disputes.Hosting.Workers;

// What this instance's worker did last, for its diagnostics endpoint and its readiness check. Instants come from the
// injected clock; liveness uses the monotonic tick count, which a fake clock cannot freeze. Name is how logs and
// readiness call it ("deadline scheduler").
public class WorkerState(InstanceIdentity instance, string name)
{
    protected Lock Gate { get; } = new();

    public string Instance => instance.Id;
    public string Name => name;
    public WorkerStatus Status { get; private set; } = WorkerStatus.NotStarted;
    public Instant? LastRunAt { get; private set; }
    public string? LastError { get; private set; }
    public int ConsecutiveFailures { get; private set; }
    public long Runs { get; private set; }
    public long LastHeartbeatTicks { get; private set; } = Environment.TickCount64;

    public TimeSpan SinceHeartbeat => TimeSpan.FromMilliseconds(Environment.TickCount64 - LastHeartbeatTicks);

    public void Set(WorkerStatus status)
    {
        lock (Gate)
        {
            Status = status;
            Beat();
        }
    }

    public void Ran(Instant at)
    {
        lock (Gate)
        {
            Runs++;
            LastRunAt = at;
            ConsecutiveFailures = 0;
            Beat();
        }
    }

    public void RunFailed(Exception e)
    {
        lock (Gate)
        {
            LastError = e.Message;
            ConsecutiveFailures++;
            Beat();
        }
    }

    public void Heartbeat()
    {
        lock (Gate)
            Beat();
    }

    protected void Beat() => LastHeartbeatTicks = Environment.TickCount64;
}

// With the worker's own totals, counted as the work happens (not when the run ends), so the diagnostics move during a
// long catch-up and the work itself keeps the heartbeat fresh.
public class WorkerState<TTally>(InstanceIdentity instance, string name) : WorkerState(instance, name)
    where TTally : IWorkerTally<TTally>
{
    public TTally Totals { get; private set; } = TTally.None;

    public void Counted(TTally done)
    {
        lock (Gate)
        {
            Totals = Totals.Add(done);
            Beat();
        }
    }
}
