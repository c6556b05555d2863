using Disputes.Api.Diagnostics;
using Disputes.Api.Health;

namespace Disputes.Api.Scheduling;

public static class SchedulingServices
{
    public static IServiceCollection AddDisputesScheduling(this IServiceCollection services)
    {
        // Bound and validated with the other sections in ConfigurationServices.
        services.AddSingleton<DeadlineSignal>();
        services.AddSingleton<DeadlineCommitListener>();
        services.AddSingleton<DeadlineQueue>();
        services.AddSingleton<SchedulerMetrics>();
        services.AddSingleton<SchedulerState>();
        services.AddSingleton<DeadlineScheduler>();
        services.AddHostedService<DeadlineSchedulerService>();
        services.AddHealthChecks().AddCheck<SchedulerHealthCheck>("scheduler", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
