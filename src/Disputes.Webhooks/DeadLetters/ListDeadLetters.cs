using System.Globalization;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Webhooks.DeadLetters;

// GET /webhooks/dead-letters?subscriptionId=&after=&limit= — notifications that used up their attempts,
// oldest event first, each with how many later notifications of its dispute wait behind it.
public sealed record ListDeadLetters(Guid? SubscriptionId, (long Sequence, Guid Id)? After, int Limit) : IQuery<DeadLetterPage>;

public sealed class ListDeadLettersHandler(WebhookDeadLetters deadLetters) : IQueryHandler<ListDeadLetters, DeadLetterPage>
{
    public async ValueTask<DeadLetterPage> Handle(ListDeadLetters query, CancellationToken ct)
    {
        var items = await deadLetters.ListAsync(query.SubscriptionId, query.After, query.Limit, ct);
        var next = items.Count == query.Limit
            ? PageCursor.Encode(ListDeadLettersEndpoint.CursorKind, items[^1].Sequence.ToString(CultureInfo.InvariantCulture), items[^1].Id.ToString())
            : null;
        return new DeadLetterPage(items, next);
    }
}

public static class ListDeadLettersEndpoint
{
    public const string CursorKind = "dead-letters";

    public static void MapListDeadLetters(this RouteGroupBuilder group) =>
        group.MapGet("/dead-letters", Handle)
            .WithName("ListWebhookDeadLetters")
            .WithSummary("List dead-lettered notifications, oldest event first, optionally for one subscription")
            .WithDescription("subscriptionId: only this subscription's; after: the next cursor of the previous page; limit 1..100 (default 20).")
            .ProducesValidationProblem();

    public static Task<Results<Ok<DeadLetterPage>, ProblemHttpResult>> Handle(string? subscriptionId, string? after, string? limit, ISender sender, CancellationToken ct) =>
        QueryResults.Send(sender, errors => new ListDeadLetters(
            ParseId(errors, subscriptionId), ParseCursor(errors, after), QueryParameters.Limit(errors, limit)), ct);

    private static Guid? ParseId(RequestErrors errors, string? raw)
    {
        if (raw is null)
            return null;
        if (Guid.TryParse(raw, out var id))
            return id;
        errors.Add("subscriptionId", "subscriptionId must be a subscription id (a UUID).");
        return null;
    }

    private static (long, Guid)? ParseCursor(RequestErrors errors, string? raw)
    {
        if (raw is null)
            return null;
        if (PageCursor.TryDecode(raw, CursorKind, 2, out var parts)
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            && Guid.TryParse(parts[1], out var id))
            return (sequence, id);
        errors.Add("after", "after must be the next cursor of a previous dead-letter page.");
        return null;
    }
}
