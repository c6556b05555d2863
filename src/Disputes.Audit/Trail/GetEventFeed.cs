using Disputes.Hosting.Http;
using Disputes.Projections.Writing;
using Marten;
using Marten.Events.Archiving;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Audit.Trail;

// GET /audit/events?after=…&limit=… — every event of every dispute in global sequence order, for a consumer
// that replays everything elsewhere: keep the last sequence you processed and pass it as after.
public sealed record GetEventFeed(long After, int Limit) : IQuery<EventFeedPage>;

// NextAfter is the cursor for the next page, or null when this page reached the end of what is settled now
// (poll again later with after = the last sequence you processed).
public sealed record EventFeedPage(IReadOnlyList<AuditEvent> Items, long? NextAfter);

public sealed class GetEventFeedHandler(IQuerySession session, AuditEvents audit) : IQueryHandler<GetEventFeed, EventFeedPage>
{
    public async ValueTask<EventFeedPage> Handle(GetEventFeed query, CancellationToken ct)
    {
        var events = await session.Events.QueryAllRawEvents()
            // Archived events too, marked: a consumer replaying everything must not skip a stored event.
            .Where(e => e.Sequence > query.After && e.MaybeArchived())
            .OrderBy(e => e.Sequence)
            .Take(query.Limit)
            .ToListAsync(ct);
        var settled = await SettledEvents.Prefix(session, events, query.After, ct);
        // Marten's tombstones (filler rows after a failed append) hold sequence numbers but are no dispute's
        // event: they count for the gap rule and the cursor, and are not served (they made the feed answer 500).
        var items = await AuditTrailReader.Describe(session, audit, settled.Where(e => e.Data is not JasperFx.Events.Tombstone).ToList(), ct);
        // A full page means more may follow; a short one (end of the feed or a gap still filling) means poll later.
        return new EventFeedPage(items, settled.Count == query.Limit ? settled[^1].Sequence : null);
    }
}

public static class GetEventFeedEndpoint
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static void MapGetEventFeed(this RouteGroupBuilder group) =>
        group.MapGet("/events", Handle)
            .WithName("GetAuditEventFeed")
            .WithSummary("The global ordered event feed over all disputes, by Marten's global sequence")
            .WithDescription("after: exclusive sequence cursor (default 0); limit 1..1000 (default 100). nextAfter is the cursor for the "
                + "next page, null when the page reached the end of the settled feed. Events are served only up to the first "
                + "sequence gap younger than 3 s (a concurrent append not yet committed), so no event is ever skipped; "
                + "sequence numbers themselves may have permanent gaps (rolled-back appends).");

    public static Task<Results<Ok<EventFeedPage>, ProblemHttpResult>> Handle(string? after, string? limit, ISender sender, CancellationToken ct) =>
        QueryResults.Send(sender, errors => new GetEventFeed(
            QueryParameters.WholeNumber(errors, "after", after, 0, long.MaxValue) ?? 0,
            QueryParameters.Limit(errors, limit, MaxLimit, DefaultLimit)), ct);
}
