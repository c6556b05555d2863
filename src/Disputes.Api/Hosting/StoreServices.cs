using Disputes.Api.Schema;
using Disputes.Api.Scheduling;
using Disputes.Api.Webhooks.Delivery;
using Disputes.Projections;
using Disputes.Projections.Integrity;
using JasperFx.Events.Daemon;
using Marten;

namespace Disputes.Api.Hosting;

public static class StoreServices
{
    // Read when the store is built, not when services are registered, so test hosts can override settings.
    public static IServiceCollection AddDisputesStore(this IServiceCollection services)
    {
        services.AddMarten(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            var connectionString = config.GetConnectionString("Disputes") is { Length: > 0 } set ? set
                : throw new StartupConfigurationException("ConnectionStrings:Disputes (env ConnectionStrings__Disputes) is not set.");
            var options = new StoreOptions();
            MartenSetup.Configure(options, DatabaseTimeouts.Apply(connectionString, config), SchemaName(config),
                SchemaSettings.AutoCreateFor(config, sp.GetRequiredService<IHostEnvironment>()));
            // Marten's own failure log carries every parameter (event data: personal text); ours does not.
            options.Logger(new RedactingMartenLogger(sp.GetRequiredService<ILoggerFactory>().CreateLogger("Marten")));
            // Wakes the deadline scheduler when a commit schedules a clock sooner than it planned to look.
            options.Listeners.Add(sp.GetRequiredService<DeadlineCommitListener>());
            // Wakes the webhook dispatcher when a commit wrote events (and so, maybe, outbox rows).
            options.Listeners.Add(sp.GetRequiredService<WebhookCommitListener>());
            return options;
        }).UseLightweightSessions()
            // Hot/cold: several instances share the work, each shard led by one of them (DESIGN §6). The mode
            // actually used is Disputes:Projections:Daemon, applied when the store is built (ProjectionDaemonMode).
            .AddAsyncDaemon(DaemonMode.HotCold);
        services.AddOptions<AsyncProjectionOptions>().BindConfiguration(AsyncProjectionOptions.Section);
        services.AddSingleton<IConfigureMarten, ProjectionDaemonMode>();
        services.AddHostedService<DaemonPauseWatcher>();
        services.AddSingleton(sp => new HistoryVerifier(sp.GetRequiredService<IDocumentStore>()));
        return services;
    }

    public static string SchemaName(IConfiguration config) => config["Disputes:Schema"] is { Length: > 0 } schema ? schema : "disputes";
}
