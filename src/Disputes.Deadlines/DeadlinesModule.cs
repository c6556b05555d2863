using Disputes.Deadlines.Diagnostics;
using Disputes.Deadlines.Scheduling;
using Disputes.Hosting.Health;
using Disputes.Hosting.Http;
using Disputes.Hosting.Settings;
using Disputes.Hosting.Telemetry;
using Disputes.Projections.Store;

namespace Disputes.Deadlines;

// Durable deadlines: the table of running clocks (DeadlinesStore), the scheduler that fires each exactly once across
// instances, its settings, readiness, metrics, backlog probe and diagnostics page.
public static class DeadlinesModule
{
    public static IServiceCollection AddDeadlines(this IServiceCollection services)
    {
        services.AddValidatedOptions<SchedulerOptions, SchedulerOptionsValidation>(SchedulerOptions.Section);
        services.AddSingleton<DeadlineSignal>();
        services.AddSingleton<DeadlineCommitListener>();
        services.AddSingleton<IStoreModule>(sp => new DeadlinesStore(sp.GetRequiredService<DeadlineCommitListener>()));
        services.AddSingleton<DeadlineQueue>();
        services.AddSingleton<SchedulerMetrics>();
        services.AddSingleton<SchedulerState>();
        services.AddSingleton<DeadlineScheduler>();
        services.AddHostedService<DeadlineSchedulerService>();
        services.AddHealthChecks().AddCheck<SchedulerHealthCheck>("scheduler", tags: [HealthTags.Ready]);
        services.AddOperationalProbe<DeadlineBacklogProbe>();
        return services;
    }

    public static IEndpointRouteBuilder MapDeadlines(this IEndpointRouteBuilder app)
    {
        app.MapDiagnosticsGroup().MapSchedulerDiagnostics();
        return app;
    }
}
