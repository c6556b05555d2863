using Disputes.Deadlines.Diagnostics;
using Disputes.Deadlines.Scheduling;
using Disputes.Domain;
using Disputes.Hosting.Http;
using Disputes.Hosting.Settings;
using Disputes.Hosting.Telemetry;
using Disputes.Hosting.Workers;
using Disputes.Projections.Store;

namespace Disputes.Deadlines;

// Durable deadlines: the table of running clocks (DeadlinesStore), the scheduler that fires each exactly once across
// instances, its settings, readiness, metrics, backlog probe and diagnostics page.
public static class DeadlinesModule
{
    public static IServiceCollection AddDeadlines(this IServiceCollection services)
    {
        services.AddValidatedOptions<SchedulerOptions, SchedulerOptionsValidation>(SchedulerOptions.Section);
        // A commit that schedules a clock sooner than the scheduler planned to look wakes it.
        services.AddLeasedWorker<DeadlineScheduler, SchedulerOptions, SchedulerState, DeadlineSignal>(
            "scheduler", e => e is DeadlineScheduled scheduled ? scheduled.DueAt : null);
        services.AddSingleton<IStoreModule, DeadlinesStore>();
        services.AddSingleton<DeadlineQueue>();
        services.AddSingleton<ExpiryBatch>();
        services.AddSingleton<SchedulerMetrics>();
        services.AddOperationalProbe<DeadlineBacklogProbe>();
        return services;
    }

    public static IEndpointRouteBuilder MapDeadlines(this IEndpointRouteBuilder app)
    {
        app.MapDiagnosticsGroup().MapSchedulerDiagnostics();
        return app;
    }
}
