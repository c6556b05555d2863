using Disputes.Hosting.Auth;
using Disputes.Hosting.Health;
using Disputes.Hosting.Telemetry;
using Disputes.Projections.Store;
using Disputes.Statistics.Daemon;
using Disputes.Statistics.Daily;
using Disputes.Statistics.Mediators;
using Disputes.Statistics.Scorecards;
using Marten;

namespace Disputes.Statistics;

// Cross-dispute figures from async projections (StatisticsStore) run by the hot/cold daemon: the daemon's mode, the
// rebuild's stand-down watcher, the progress health check and lag probe, and the endpoints. A seller's scorecard is
// for whoever works with sellers (storefront, mediators, auditors, admins); the platform-wide daily figures are for
// auditors and admins.
public static class StatisticsModule
{
    public static IServiceCollection AddStatistics(this IServiceCollection services)
    {
        services.AddSingleton<IStoreModule, StatisticsStore>();
        services.AddOptions<AsyncProjectionOptions>().BindConfiguration(AsyncProjectionOptions.Section);
        services.AddSingleton<IConfigureMarten, ProjectionDaemonMode>();
        services.AddHostedService<DaemonPauseWatcher>();
        services.AddHealthChecks().AddCheck<ProjectionProgressHealthCheck>("projections", tags: [HealthTags.Projections]);
        services.AddOperationalProbe<ProjectionLagProbe>();
        return services;
    }

    public static IEndpointRouteBuilder MapStatistics(this IEndpointRouteBuilder app)
    {
        var sellers = app.MapGroup("/sellers").WithTags("Statistics").RequireAuthorization(AuthPolicies.Read);
        sellers.MapGetSellerScorecard();
        var statistics = app.MapGroup("/statistics").WithTags("Statistics").RequireAuthorization(AuthPolicies.Audit);
        statistics.MapGetDailyStatistics();
        statistics.MapGetMediatorStatistics();
        return app;
    }
}
