using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Disputes.Api.Health;

// Live: the process answers (no dependencies, so a database outage does not restart every instance).
// Ready: it can serve traffic, which needs the database.
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
