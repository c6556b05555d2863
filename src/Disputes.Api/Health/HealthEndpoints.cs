using Disputes.Hosting.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Disputes.Api.Health;

// Live: the process answers (no dependencies, so a database outage does not restart every instance).
// Ready: it can serve traffic, which needs the database.
// Projections: the async daemon's progress over the shared database, for monitoring and alerts only (503 when
// stalled). Neither live nor ready includes it: every instance sees the same stall, so restarting or unrouting
// them all would turn late statistics into an outage.
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) });
        app.MapHealthChecks("/health/projections", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Projections),
            ResponseWriter = HealthReportWriter.Write,
        });
        return app;
    }
}
