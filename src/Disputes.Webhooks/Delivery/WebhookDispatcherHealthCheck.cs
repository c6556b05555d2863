using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Disputes.Webhooks.Delivery;

// Not ready when this instance's dispatcher died, stopped, keeps failing, or has not come round for several of
// its longest sleeps: an instance that takes commits but never delivers should leave the rotation.
public sealed class WebhookDispatcherHealthCheck(WebhookDispatcherState state, IOptions<WebhookOptions> options) : IHealthCheck
{
    private const int MissedWakeups = 3;
    private const int FailuresTolerated = 3;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var settings = options.Value;
        // A drain may spend up to a lease on one round of POSTs before it comes round again.
        var overdue = settings.MaxIdle * MissedWakeups + settings.Lease;
        var result = state.Status switch
        {
            DispatcherStatus.Disabled => HealthCheckResult.Healthy("The webhook dispatcher is disabled on this instance."),
            DispatcherStatus.NotStarted => HealthCheckResult.Healthy("The webhook dispatcher is starting."),
            DispatcherStatus.Running when state.ConsecutiveFailures >= FailuresTolerated =>
                HealthCheckResult.Unhealthy($"The webhook dispatcher failed {state.ConsecutiveFailures} runs in a row: {state.LastError}"),
            DispatcherStatus.Running when state.SinceHeartbeat > overdue =>
                HealthCheckResult.Unhealthy($"The webhook dispatcher has not run for {state.SinceHeartbeat}."),
            DispatcherStatus.Running => HealthCheckResult.Healthy(),
            _ => HealthCheckResult.Unhealthy($"The webhook dispatcher is {state.Status}: {state.LastError}"),
        };
        return Task.FromResult(result);
    }
}
