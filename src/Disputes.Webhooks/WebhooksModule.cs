using Disputes.Hosting.Http;
using Disputes.Hosting.Settings;
using Disputes.Hosting.Telemetry;
using Disputes.Hosting.Workers;
using Disputes.Projections.Store;
using Disputes.Webhooks.DeadLetters;
using Disputes.Webhooks.Delivery;
using Disputes.Webhooks.Diagnostics;
using Disputes.Webhooks.Outbox;
using Disputes.Webhooks.Reminders;
using Microsoft.Extensions.Options;
using Disputes.Webhooks.Subscriptions;

namespace Disputes.Webhooks;

// Signed webhooks from a transactional outbox: the subscription and outbox tables (WebhooksStore), the dispatcher that
// delivers them in order per dispute, its settings, readiness, metrics, backlog probe, the admins' API and the
// diagnostics page.
public static class WebhooksModule
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddValidatedOptions<WebhookOptions, WebhookOptionsValidator>(WebhookOptions.Section);
        // Every commit with events may have queued a notification, deliverable at once.
        services.AddLeasedWorker<WebhookDispatcher, WebhookOptions, WebhookDispatcherState, WebhookSignal>("webhooks", _ => WakeSignal.AtOnce);
        services.AddSingleton<IStoreModule, WebhooksStore>();
        // Reminders before each clock runs out, as DeadlineApproaching notifications through the same outbox. No commit
        // wakes the worker: a reminder is never due at the commit that schedules its clock; MaxIdle bounds the delay.
        services.AddValidatedOptions<ReminderOptions, ReminderOptionsValidation>(ReminderOptions.Section);
        services.AddLeasedWorker<ReminderWorker, ReminderOptions, ReminderState, ReminderSignal>("reminders", _ => null);
        services.AddSingleton<IStoreModule>(sp => new RemindersStore(sp.GetRequiredService<IOptions<ReminderOptions>>().Value));
        services.AddSingleton<WebhookDatabase>();
        services.AddSingleton<WebhookSubscriptions>();
        services.AddSingleton<WebhookDeadLetters>();
        services.AddSingleton<WebhookOutbox>();
        services.AddSingleton<WebhookRetrySchedule>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookMetrics>();
        services.AddOperationalProbe<NotificationBacklogProbe>();
        // The dispatcher's own client: Polly bounds each attempt, so no HttpClient timeout; redirects are failures.
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        return services;
    }

    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapWebhookAdministration();
        app.MapDiagnosticsGroup().MapWebhookDiagnostics();
        return app;
    }
}
