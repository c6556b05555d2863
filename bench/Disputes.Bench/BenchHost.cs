using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

// One API instance: the real composition (Program), real clock, its own connection pool.
internal sealed class BenchHost(string schema, bool schedulerEnabled) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Disputes", Environment.GetEnvironmentVariable("ConnectionStrings__Disputes"));
        builder.UseSetting("Disputes:Schema", schema);
        builder.UseSetting("Disputes:Scheduler:Enabled", schedulerEnabled ? "true" : "false");
        // The drain figures in docs/PERFORMANCE.md were measured without the async daemon; keep them comparable.
        builder.UseSetting("Disputes:Projections:Daemon", "Disabled");
        builder.UseEnvironment("Production");
        // Production no longer creates its schema (the release applies it first); the benchmark's schema is its own, made fresh.
        builder.UseSetting("Disputes:Migrations:AutoCreate", "CreateOrUpdate");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
