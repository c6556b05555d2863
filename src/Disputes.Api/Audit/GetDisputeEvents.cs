using Disputes.Api.Commands;
using Disputes.Api.Http;
using Disputes.Api.Errors;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Api.Audit;

// GET /audit/disputes/{id}/events — the stream as stored, in version order, a page at a time.
public sealed record GetDisputeEvents(Guid DisputeId, long FromVersion, int Limit) : IQuery<DisputeEventsPage?>
{
    public const int MaxLimit = 1000;

    // The audit trail and the parties' timeline page through a stream the same way.
    public static GetDisputeEvents Parse(RequestErrors errors, Guid disputeId, string? fromVersion, string? limit) => new(
        disputeId,
        QueryParameters.WholeNumber(errors, "fromVersion", fromVersion, 1, long.MaxValue) ?? 1,
        (int)(QueryParameters.WholeNumber(errors, "limit", limit, 1, MaxLimit) ?? MaxLimit));
}

// NextFromVersion is null once the page reaches the end of the stream.
public sealed record DisputeEventsPage(Guid DisputeId, long CurrentVersion, IReadOnlyList<AuditEvent> Items, long? NextFromVersion);

public sealed class GetDisputeEventsHandler(IQuerySession session, AuditEvents audit) : IQueryHandler<GetDisputeEvents, DisputeEventsPage?>
{
    public async ValueTask<DisputeEventsPage?> Handle(GetDisputeEvents query, CancellationToken ct)
    {
        if (await session.Events.FetchStreamStateAsync(query.DisputeId, ct) is not { } stream)
            return null;
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId == query.DisputeId && e.Version >= query.FromVersion)
            .OrderBy(e => e.Version)
            .Take(query.Limit)
            .ToListAsync(ct);
        var items = await AuditTrailReader.Describe(session, audit, events, ct);
        var last = items.Count > 0 ? items[^1].Version : query.FromVersion - 1;
        return new DisputeEventsPage(query.DisputeId, stream.Version, items, last < stream.Version ? last + 1 : null);
    }
}

public static class GetDisputeEventsEndpoint
{
    public static void MapGetDisputeEvents(this RouteGroupBuilder group) =>
        group.MapGet("/disputes/{disputeId:guid}/events", Handle)
            .WithName("GetDisputeAuditEvents")
            .WithSummary("Every event of a dispute in stream order, with who (the actor it acted for, the caller who caused it), when and why (correlation, causation, idempotency key, policy)")
            .WithDescription("Pages by stream version: fromVersion (default 1) and limit (1..1000, default 1000); nextFromVersion is null at the end of the stream.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<DisputeEventsPage>, ProblemHttpResult>> Handle(
        Guid disputeId, string? fromVersion, string? limit, ISender sender, CancellationToken ct)
    {
        var errors = new RequestErrors();
        var query = GetDisputeEvents.Parse(errors, disputeId, fromVersion, limit);
        if (errors.Any)
            return TypedResults.Problem(Problems.Validation(errors.ToDictionary()));
        return await sender.Send(query, ct) is { } page
            ? TypedResults.Ok(page)
            : TypedResults.Problem(Problems.DisputeNotFound(disputeId));
    }
}
