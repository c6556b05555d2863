using Disputes.Hosting.Http;
using Disputes.Webhooks.Delivery;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Webhooks.DeadLetters;

public sealed record Redelivery(int Redelivered);

// POST /webhooks/dead-letters/{id}/redeliver — give a dead letter a fresh set of attempts. It goes first, and the
// later notifications of its dispute that waited behind it follow in order once it is delivered.
public sealed record RedeliverDeadLetter(Guid NotificationId) : ICommand<bool>;

public sealed class RedeliverDeadLetterHandler(WebhookDeadLetters deadLetters, WebhookSignal signal) : ICommandHandler<RedeliverDeadLetter, bool>
{
    public async ValueTask<bool> Handle(RedeliverDeadLetter command, CancellationToken ct)
    {
        var redelivered = await deadLetters.RedeliverAsync(command.NotificationId, ct);
        signal.Poke();
        return redelivered;
    }
}

public static class RedeliverDeadLetterEndpoint
{
    public static void MapRedeliverDeadLetter(this RouteGroupBuilder group) =>
        group.MapPost("/dead-letters/{notificationId:guid}/redeliver", Handle)
            .WithName("RedeliverWebhookDeadLetter")
            .WithSummary("Redeliver a dead-lettered notification with a fresh set of attempts")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Accepted<Redelivery>, ProblemHttpResult>> Handle(Guid notificationId, ISender sender, CancellationToken ct) =>
        await sender.Send(new RedeliverDeadLetter(notificationId), ct)
            ? TypedResults.Accepted((string?)null, new Redelivery(1))
            : TypedResults.Problem(Problems.DeadLetterNotFound(notificationId));
}
