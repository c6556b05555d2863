using Disputes.Hosting.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Webhooks.Subscriptions;

// DELETE /webhooks/subscriptions/{id} — final: the subscription and every notification still waiting for it
// (pending and dead-lettered) are removed; nothing more is sent, except an attempt already on the wire.
// To stop temporarily without losing anything, pause instead.
public sealed record DeleteSubscription(Guid SubscriptionId) : ICommand<bool>;

public sealed class DeleteSubscriptionHandler(WebhookSubscriptions subscriptions) : ICommandHandler<DeleteSubscription, bool>
{
    public async ValueTask<bool> Handle(DeleteSubscription command, CancellationToken ct) =>
        await subscriptions.DeleteAsync(command.SubscriptionId, ct);
}

public static class DeleteSubscriptionEndpoint
{
    public static void MapDeleteSubscription(this RouteGroupBuilder group) =>
        group.MapDelete("/subscriptions/{subscriptionId:guid}", Handle)
            .WithName("DeleteWebhookSubscription")
            .WithSummary("Delete a subscription and drop its undelivered notifications")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid subscriptionId, ISender sender, CancellationToken ct) =>
        await sender.Send(new DeleteSubscription(subscriptionId), ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(Problems.WebhookSubscriptionNotFound(subscriptionId));
}
