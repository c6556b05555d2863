using Disputes.Deadlines.Scheduling;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Disputes.Deadlines.Diagnostics;

// Not ready when this instance's scheduler loop has died, stopped, or not come round for several of its
// longest sleeps: an instance that serves requests but never fires deadlines should leave the rotation.
public sealed class SchedulerHealthCheck(SchedulerState state, IOptions<SchedulerOptions> options) : IHealthCheck
{
    private const int MissedWakeups = 3;
    private const int FailuresTolerated = 3;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var settings = options.Value;
        var overdue = settings.MaxIdle * MissedWakeups + settings.Lease;
        var result = state.Status switch
        {
            SchedulerStatus.Disabled => HealthCheckResult.Healthy("The scheduler is disabled on this instance."),
            SchedulerStatus.NotStarted => HealthCheckResult.Healthy("The scheduler is starting."),
            SchedulerStatus.Running when state.ConsecutiveFailures >= FailuresTolerated =>
                HealthCheckResult.Unhealthy($"The scheduler failed {state.ConsecutiveFailures} runs in a row: {state.LastError}"),
            SchedulerStatus.Running when state.SinceHeartbeat > overdue =>
                HealthCheckResult.Unhealthy($"The scheduler has not run for {state.SinceHeartbeat}."),
            SchedulerStatus.Running => HealthCheckResult.Healthy(),
            _ => HealthCheckResult.Unhealthy($"The scheduler is {state.Status}: {state.LastError}"),
        };
        return Task.FromResult(result);
    }
}
