using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Audit.Trail;

// GET /audit/disputes/{id}/events — the stream as stored, in version order, a page at a time: every stored event,
// archived ones included (marked), and also when the stream row is missing or records fewer events than stored.
public sealed record GetDisputeEvents(Guid DisputeId, long FromVersion, int Limit) : IQuery<DisputeEventsPage?>
{
    public const int MaxLimit = 1000;

    // The audit trail and the parties' timeline page through a stream the same way.
    public static GetDisputeEvents Parse(RequestErrors errors, Guid disputeId, string? fromVersion, string? limit) => new(
        disputeId,
        QueryParameters.WholeNumber(errors, "fromVersion", fromVersion, 1, long.MaxValue) ?? 1,
        (int)(QueryParameters.WholeNumber(errors, "limit", limit, 1, MaxLimit) ?? MaxLimit));
}

// NextFromVersion is null once the page reaches the last stored event. CurrentVersion is the version the stream
// records (the dispute's ETag), or the highest stored one when the stream has no row.
public sealed record DisputeEventsPage(Guid DisputeId, long CurrentVersion, IReadOnlyList<AuditEvent> Items, long? NextFromVersion);

public sealed class GetDisputeEventsHandler(IQuerySession session, AuditEvents audit) : IQueryHandler<GetDisputeEvents, DisputeEventsPage?>
{
    public async ValueTask<DisputeEventsPage?> Handle(GetDisputeEvents query, CancellationToken ct)
    {
        var recorded = (await session.Events.FetchStreamStateAsync(query.DisputeId, ct))?.Version;
        var events = await StoredStream.Read(session, query.DisputeId, query.FromVersion, long.MaxValue, query.Limit, ct);
        var last = events.Count > 0 ? events[^1].Version : query.FromVersion - 1;
        // A short page holds every stored event from fromVersion on; after a full or an empty one, ask what is stored.
        var highest = events.Count is > 0 and var n && n < query.Limit ? last : await StoredStream.HighestVersion(session, query.DisputeId, ct);
        if (recorded is null && highest is null)
            return null;
        var end = Math.Max(recorded ?? 0, highest ?? 0);
        var items = await AuditTrailReader.Describe(session, audit, events, ct);
        return new DisputeEventsPage(query.DisputeId, recorded ?? end, items, last < end ? last + 1 : null);
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
