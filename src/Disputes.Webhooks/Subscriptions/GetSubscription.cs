using Disputes.Hosting.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Webhooks.Subscriptions;

// GET /webhooks/subscriptions/{id}
public sealed record GetSubscription(Guid SubscriptionId) : IQuery<WebhookSubscriptionView?>;

public sealed class GetSubscriptionHandler(WebhookSubscriptions subscriptions) : IQueryHandler<GetSubscription, WebhookSubscriptionView?>
{
    public async ValueTask<WebhookSubscriptionView?> Handle(GetSubscription query, CancellationToken ct) =>
        await subscriptions.GetAsync(query.SubscriptionId, ct);
}

public static class GetSubscriptionEndpoint
{
    public static void MapGetSubscription(this RouteGroupBuilder group) =>
        group.MapGet("/subscriptions/{subscriptionId:guid}", Handle)
            .WithName("GetWebhookSubscription")
            .WithSummary("Read one webhook subscription (without its secret)")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<WebhookSubscriptionView>, ProblemHttpResult>> Handle(Guid subscriptionId, ISender sender, CancellationToken ct) =>
        await sender.Send(new GetSubscription(subscriptionId), ct) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem(Problems.WebhookSubscriptionNotFound(subscriptionId));
}
