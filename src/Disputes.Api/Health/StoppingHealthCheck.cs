using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Disputes.Api.Health;

// From SIGTERM on, not ready: a proxy or orchestrator still probing stops sending new work here while the
// in-flight requests finish within Disputes:Shutdown:Timeout.
public sealed class StoppingHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("This instance is shutting down.")
            : HealthCheckResult.Healthy());
}
