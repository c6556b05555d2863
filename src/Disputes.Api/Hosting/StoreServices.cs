using Disputes.Api.Schema;
using Disputes.Api.Scheduling;
using Disputes.Projections;
using Disputes.Projections.Integrity;
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
            MartenSetup.Configure(options, connectionString, SchemaName(config),
                SchemaSettings.AutoCreateFor(config, sp.GetRequiredService<IHostEnvironment>()));
            // Wakes the deadline scheduler when a commit schedules a clock sooner than it planned to look.
            options.Listeners.Add(sp.GetRequiredService<DeadlineCommitListener>());
            return options;
        }).UseLightweightSessions();
        services.AddSingleton(sp => new HistoryVerifier(sp.GetRequiredService<IDocumentStore>()));
        return services;
    }

    public static string SchemaName(IConfiguration config) => config["Disputes:Schema"] is { Length: > 0 } schema ? schema : "disputes";
}
