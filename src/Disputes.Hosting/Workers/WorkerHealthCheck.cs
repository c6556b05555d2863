using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Disputes.Hosting.Workers;

// Not ready when this instance's worker died, stopped, keeps failing, or has not come round for several of its longest
// sleeps plus a lease (a run may spend up to a lease on what it claimed): an instance that serves requests but never
// does its background work should leave the rotation.
public sealed class WorkerHealthCheck(WorkerState state, WorkerOptions options) : IHealthCheck
{
    public const int MissedWakeups = 3;
    public const int FailuresTolerated = 3;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(Judge(state, state.SinceHeartbeat, options));

    public static HealthCheckResult Judge(WorkerState state, TimeSpan sinceHeartbeat, WorkerOptions options) => state.Status switch
    {
        WorkerStatus.Disabled => HealthCheckResult.Healthy($"The {state.Name} is disabled on this instance."),
        WorkerStatus.NotStarted => HealthCheckResult.Healthy($"The {state.Name} is starting."),
        WorkerStatus.Running when state.ConsecutiveFailures >= FailuresTolerated =>
            HealthCheckResult.Unhealthy($"The {state.Name} failed {state.ConsecutiveFailures} runs in a row: {state.LastError}"),
        WorkerStatus.Running when sinceHeartbeat > options.MaxIdle * MissedWakeups + options.Lease =>
            HealthCheckResult.Unhealthy($"The {state.Name} has not run for {sinceHeartbeat}."),
        WorkerStatus.Running => HealthCheckResult.Healthy(),
        _ => HealthCheckResult.Unhealthy($"The {state.Name} is {state.Status}: {state.LastError}"),
    };
}
