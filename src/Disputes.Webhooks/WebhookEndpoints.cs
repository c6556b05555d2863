using Disputes.Hosting.Auth;
using Disputes.Webhooks.DeadLetters;
using Disputes.Webhooks.Subscriptions;

namespace Disputes.Webhooks;

// Admins manage who is notified of what, and look after notifications that could not be delivered.
public static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapWebhookAdministration(this IEndpointRouteBuilder app)
    {
        var webhooks = app.MapGroup("/webhooks").WithTags("Webhooks").RequireAuthorization(AuthPolicies.Operations)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        webhooks.MapCreateSubscription();
        webhooks.MapListSubscriptions();
        webhooks.MapGetSubscription();
        webhooks.MapPauseSubscription();
        webhooks.MapResumeSubscription();
        webhooks.MapDeleteSubscription();
        webhooks.MapListDeadLetters();
        webhooks.MapRedeliverDeadLetter();
        webhooks.MapRedeliverSubscriptionDeadLetters();
        return app;
    }
}
