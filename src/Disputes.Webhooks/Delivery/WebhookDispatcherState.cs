using Disputes.Hosting.Workers;
using NodaTime;

namespace Disputes.Webhooks.Delivery;

public enum DispatcherStatus { NotStarted, Disabled, Running, Stopped, Faulted }

// What this instance's dispatcher did, for diagnostics and readiness. Liveness uses the monotonic tick count.
public sealed class WebhookDispatcherState(InstanceIdentity instance)
{
    private readonly Lock gate = new();

    public string Instance => instance.Id;
    public DispatcherStatus Status { get; private set; } = DispatcherStatus.NotStarted;
    public Instant? LastRunAt { get; private set; }
    public string? LastError { get; private set; }
    public int ConsecutiveFailures { get; private set; }
    public long Delivered { get; private set; }
    public long Failed { get; private set; }
    public long DeadLettered { get; private set; }
    public long LastHeartbeatTicks { get; private set; } = Environment.TickCount64;

    public void Set(DispatcherStatus status)
    {
        lock (gate)
        {
            Status = status;
            LastHeartbeatTicks = Environment.TickCount64;
        }
    }

    public void Ran(Instant at, DispatchResult result)
    {
        lock (gate)
        {
            LastRunAt = at;
            LastHeartbeatTicks = Environment.TickCount64;
            ConsecutiveFailures = 0;
            Delivered += result.Delivered;
            Failed += result.Failed;
            DeadLettered += result.DeadLettered;
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
