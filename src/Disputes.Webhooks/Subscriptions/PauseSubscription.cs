using Disputes.Hosting.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Webhooks.Subscriptions;

// POST /webhooks/subscriptions/{id}/pause — stop delivering, keep collecting: notifications of events committed
// while paused wait in the outbox and go out in order on resume. An attempt already on the wire finishes.
public sealed record PauseSubscription(Guid SubscriptionId) : ICommand<WebhookSubscriptionView?>;

public sealed class PauseSubscriptionHandler(WebhookSubscriptions subscriptions, IClock clock) : ICommandHandler<PauseSubscription, WebhookSubscriptionView?>
{
    public async ValueTask<WebhookSubscriptionView?> Handle(PauseSubscription command, CancellationToken ct) =>
        await subscriptions.PauseAsync(command.SubscriptionId, clock.GetCurrentInstant(), ct);
}

public static class PauseSubscriptionEndpoint
{
    public static void MapPauseSubscription(this RouteGroupBuilder group) =>
        group.MapPost("/subscriptions/{subscriptionId:guid}/pause", Handle)
            .WithName("PauseWebhookSubscription")
            .WithSummary("Pause deliveries; notifications keep accumulating and are delivered in order on resume")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<WebhookSubscriptionView>, ProblemHttpResult>> Handle(Guid subscriptionId, ISender sender, CancellationToken ct) =>
        await sender.Send(new PauseSubscription(subscriptionId), ct) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem(Problems.WebhookSubscriptionNotFound(subscriptionId));
}
