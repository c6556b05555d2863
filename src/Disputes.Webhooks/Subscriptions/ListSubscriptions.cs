using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Webhooks.Subscriptions;

// GET /webhooks/subscriptions — every subscription (a platform has a handful), oldest first, without secrets.
public sealed record ListSubscriptions : IQuery<WebhookSubscriptionList>;

public sealed class ListSubscriptionsHandler(WebhookSubscriptions subscriptions) : IQueryHandler<ListSubscriptions, WebhookSubscriptionList>
{
    public async ValueTask<WebhookSubscriptionList> Handle(ListSubscriptions query, CancellationToken ct) =>
        new(await subscriptions.ListAsync(ct));
}

public static class ListSubscriptionsEndpoint
{
    public static void MapListSubscriptions(this RouteGroupBuilder group) =>
        group.MapGet("/subscriptions", Handle)
            .WithName("ListWebhookSubscriptions")
            .WithSummary("List webhook subscriptions with their pending and dead-lettered counts (secrets are never listed)");

    public static async Task<Ok<WebhookSubscriptionList>> Handle(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListSubscriptions(), ct));
}
