using Disputes.Api.Commands;
using Disputes.Api.Configuration;
using Disputes.Api.Http;
using Disputes.Api.Idempotency;
using Disputes.Api.Telemetry;
using Disputes.Hosting.Requests;
using Disputes.Hosting.Workers;
using Disputes.Projections.Store;
using Disputes.Projections.Views;
using Disputes.Projections.Writing;
using Mediator;
using NodaTime;

namespace Disputes.Api.Composition;

public static class ApplicationServices
{
    public static IServiceCollection AddDisputesApplication(this IServiceCollection services)
    {
        // Scoped: handlers take Marten sessions, which are scoped. The options are read by the source generator.
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(TelemetryBehavior<,>), typeof(ValidationBehavior<,>)];
        });
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton<InstanceIdentity>();
        services.AddSingleton(sp => PolicyConfiguration.CatalogFrom(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<DisputeViews>();
        services.AddScoped<DisputeWriter>();
        // Capacity 0 turns it off: every command then fetches its dispute.
        services.AddSingleton(sp => new WrittenDisputes(
            sp.GetRequiredService<IConfiguration>().GetValue("Disputes:Writing:RecentDisputes", WrittenDisputes.DefaultCapacity)));
        services.AddScoped<CommandContext>();
        services.AddScoped<CommandContextFilter>();
        services.AddSingleton<CommandResponses>();
        services.AddSingleton<IStoreModule, IdempotencyStore>();
        services.AddSingleton<IIdempotencyRecords, IdempotencyRecords>();
        services.AddSingleton<IdempotencyKeyJanitor>();
        services.AddHostedService(sp => sp.GetRequiredService<IdempotencyKeyJanitor>());
        return services;
    }
}
