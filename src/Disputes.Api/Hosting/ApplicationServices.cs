using Disputes.Api.Audit;
using Disputes.Api.Commands;
using Disputes.Api.Http;
using Disputes.Api.Maintenance;
using Disputes.Api.Scheduling;
using Disputes.Api.Telemetry;
using Disputes.Api.Views;
using Disputes.Domain;
using Mediator;
using NodaTime;

namespace Disputes.Api.Hosting;

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
        services.AddScoped<DisputeViews>();
        services.AddSingleton<AuditEvents>();
        services.AddScoped<DisputeCommandExecutor>();
        services.AddScoped<RequestContext>();
        services.AddScoped<CommandContextFilter>();
        services.AddSingleton<CommandResponses>();
        services.AddSingleton<IdempotencyKeyJanitor>();
        services.AddHostedService(sp => sp.GetRequiredService<IdempotencyKeyJanitor>());
        return services;
    }
}
