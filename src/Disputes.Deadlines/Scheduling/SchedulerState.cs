using Disputes.Hosting.Workers;
using NodaTime;

namespace Disputes.Deadlines.Scheduling;

public enum SchedulerStatus { NotStarted, Disabled, Running, Stopped, Faulted }

// What this instance's scheduler did last, for the diagnostics endpoint and the readiness check.
// Instants come from the injected clock; liveness uses the monotonic tick count, which a fake clock cannot freeze.
public sealed class SchedulerState(InstanceIdentity instance)
{
    private readonly Lock gate = new();

    public string Instance => instance.Id;
    public SchedulerStatus Status { get; private set; } = SchedulerStatus.NotStarted;
    public Instant? LastRunAt { get; private set; }
    public Duration? LastLag { get; private set; }
    public string? LastError { get; private set; }
    public int ConsecutiveFailures { get; private set; }
    public long Runs { get; private set; }
    public long Expired { get; private set; }
    public long Stale { get; private set; }
    public long Failed { get; private set; }
    public long LastHeartbeatTicks { get; private set; } = Environment.TickCount64;

    public void Set(SchedulerStatus status)
    {
        lock (gate)
        {
            Status = status;
            LastHeartbeatTicks = Environment.TickCount64;
        }
    }

    public void Ran(Instant at, DrainResult result)
    {
        lock (gate)
        {
            Runs++;
            LastRunAt = at;
            LastHeartbeatTicks = Environment.TickCount64;
            ConsecutiveFailures = 0;
            Expired += result.Expired;
            Stale += result.Stale;
            Failed += result.Failed;
            if (result.LastLag is { } lag)
                LastLag = lag;
        }
    }

    public void RunFailed(Exception e)
    {
        lock (gate)
        {
            LastError = e.Message;
            ConsecutiveFailures++;
            LastHeartbeatTicks = Environment.TickCount64;
        }
    }

    public void Heartbeat()
    {
        lock (gate)
            LastHeartbeatTicks = Environment.TickCount64;
    }

    public TimeSpan SinceHeartbeat => TimeSpan.FromMilliseconds(Environment.TickCount64 - LastHeartbeatTicks);
}
