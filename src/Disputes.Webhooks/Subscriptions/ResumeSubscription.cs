using Disputes.Hosting.Http;
using Disputes.Webhooks.Delivery;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Webhooks.Subscriptions;

// POST /webhooks/subscriptions/{id}/resume — deliver what accumulated, oldest first per dispute, then carry on.
public sealed record ResumeSubscription(Guid SubscriptionId) : ICommand<WebhookSubscriptionView?>;

public sealed class ResumeSubscriptionHandler(WebhookSubscriptions subscriptions, WebhookSignal signal) : ICommandHandler<ResumeSubscription, WebhookSubscriptionView?>
{
    public async ValueTask<WebhookSubscriptionView?> Handle(ResumeSubscription command, CancellationToken ct)
    {
        var view = await subscriptions.ResumeAsync(command.SubscriptionId, ct);
        signal.Poke();
        return view;
    }
}

public static class ResumeSubscriptionEndpoint
{
    public static void MapResumeSubscription(this RouteGroupBuilder group) =>
        group.MapPost("/subscriptions/{subscriptionId:guid}/resume", Handle)
            .WithName("ResumeWebhookSubscription")
            .WithSummary("Resume deliveries, starting with what accumulated while paused")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<WebhookSubscriptionView>, ProblemHttpResult>> Handle(Guid subscriptionId, ISender sender, CancellationToken ct) =>
        await sender.Send(new ResumeSubscription(subscriptionId), ct) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem(Problems.WebhookSubscriptionNotFound(subscriptionId));
}
