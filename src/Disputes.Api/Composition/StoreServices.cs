using Disputes.Api.Idempotency;
using Disputes.Api.Schema;
using Disputes.Hosting.Settings;
using Disputes.Projections;
using Disputes.Projections.Store;
using Disputes.Statistics.Daemon;
using JasperFx.Events.Daemon;
using Marten;

namespace Disputes.Api.Composition;

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
                sp.GetServices<IStoreModule>(), SchemaSettings.AutoCreateFor(config, sp.GetRequiredService<IHostEnvironment>()));
            // Marten's own failure log carries every parameter (event data: personal text); ours does not.
            options.Logger(new RedactingMartenLogger(sp.GetRequiredService<ILoggerFactory>().CreateLogger("Marten")));
            return options;
        }).UseLightweightSessions()
            // Hot/cold: several instances share the work, each shard led by one of them. The mode actually used is
            // Disputes:Projections:Daemon, applied when the store is built (the statistics module's ProjectionDaemonMode).
            .AddAsyncDaemon(DaemonMode.HotCold);
        return services;
    }

    public static string SchemaName(IConfiguration config) => config["Disputes:Schema"] is { Length: > 0 } schema ? schema : "disputes";
}
