using Disputes.Api.Health;
using Disputes.Api.Webhooks.Delivery;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Webhooks;

public static class WebhookServices
{
    public static IServiceCollection AddDisputesWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.AddSingleton<WebhookDatabase>();
        services.AddSingleton<WebhookSubscriptions>();
        services.AddSingleton<WebhookDeadLetters>();
        services.AddSingleton<WebhookOutbox>();
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<WebhookCommitListener>();
        services.AddSingleton<WebhookRetrySchedule>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookMetrics>();
        services.AddSingleton<WebhookDispatcherState>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService<WebhookDispatcherService>();
        services.AddHealthChecks().AddCheck<WebhookDispatcherHealthCheck>("webhooks", tags: [HealthEndpoints.ReadyTag]);
        // The dispatcher's own client: Polly bounds each attempt, so no HttpClient timeout; redirects are failures.
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        return services;
    }
}
