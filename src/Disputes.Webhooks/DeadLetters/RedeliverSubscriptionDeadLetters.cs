using Disputes.Hosting.Http;
using Disputes.Webhooks.Delivery;
using Disputes.Webhooks.Subscriptions;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Webhooks.DeadLetters;

// POST /webhooks/subscriptions/{id}/dead-letters/redeliver — after a receiver's outage is fixed, every dead letter
// of the subscription at once (each still goes before the notifications of its dispute that waited behind it).
public sealed record RedeliverSubscriptionDeadLetters(Guid SubscriptionId) : ICommand<int?>;

public sealed class RedeliverSubscriptionDeadLettersHandler(WebhookSubscriptions subscriptions, WebhookDeadLetters deadLetters, WebhookSignal signal)
    : ICommandHandler<RedeliverSubscriptionDeadLetters, int?>
{
    public async ValueTask<int?> Handle(RedeliverSubscriptionDeadLetters command, CancellationToken ct)
    {
        if (await subscriptions.GetAsync(command.SubscriptionId, ct) is null)
            return null;
        var redelivered = await deadLetters.RedeliverAllAsync(command.SubscriptionId, ct);
        signal.Poke();
        return redelivered;
    }
}

public static class RedeliverSubscriptionDeadLettersEndpoint
{
    public static void MapRedeliverSubscriptionDeadLetters(this RouteGroupBuilder group) =>
        group.MapPost("/subscriptions/{subscriptionId:guid}/dead-letters/redeliver", Handle)
            .WithName("RedeliverWebhookSubscriptionDeadLetters")
            .WithSummary("Redeliver every dead-lettered notification of a subscription")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Accepted<Redelivery>, ProblemHttpResult>> Handle(Guid subscriptionId, ISender sender, CancellationToken ct) =>
        await sender.Send(new RedeliverSubscriptionDeadLetters(subscriptionId), ct) is { } count
            ? TypedResults.Accepted((string?)null, new Redelivery(count))
            : TypedResults.Problem(Problems.WebhookSubscriptionNotFound(subscriptionId));
}
