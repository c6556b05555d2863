using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections;
using Disputes.Projections.Writing;
using Marten;
using Marten.Linq.MatchesSql;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Api.Mediation;

// GET /mediation/queue — escalated cases: unassigned first, then by mediator SLA due (oldest first),
// keyset-paginated on (assigned, slaDue, id). Overdue is "flagged by the scheduler, or due by now".
public sealed record MediatorQueueParameters(string? Reason, string? Overdue, string? AssignedToMe, string? Limit, string? Cursor)
{
    private const string CursorKind = "queue";

    public GetMediatorQueue Parse(RequestErrors errors, string? currentMediator)
    {
        var query = new GetMediatorQueue(
            QueryParameters.Enum<DisputeReason>(errors, "reason", Reason), QueryParameters.Bool(errors, "overdue", Overdue),
            MediatorId: null, QueryParameters.Limit(errors, Limit), After: null);
        if (QueryParameters.Bool(errors, "assignedToMe", AssignedToMe) == true)
        {
            if (currentMediator is null)
                errors.Add("assignedToMe", "assignedToMe needs the caller's mediator id.");
            query = query with { MediatorId = currentMediator };
        }
        if (Cursor is null)
            return query;
        if (PageCursor.TryDecode(Cursor, CursorKind, 3, out var parts) && bool.TryParse(parts[0], out var assigned)
            && long.TryParse(parts[1], out var due) && Guid.TryParse(parts[2], out var id))
            return query with { After = (assigned, due, id) };
        errors.Add("cursor", "cursor is not a cursor this queue returned.");
        return query;
    }

    public static string NextCursor(DisputeListItem last) =>
        PageCursor.Encode(CursorKind, last.Assigned.ToString(), (last.SlaDueTicks ?? 0).ToString(), last.Id.ToString());
}

public sealed record GetMediatorQueue(DisputeReason? Reason, bool? Overdue, string? MediatorId, int Limit, (bool Assigned, long SlaDueTicks, Guid Id)? After)
    : IQuery<MediatorQueuePage>;

public sealed record MediatorQueueItem(
    Guid Id, string OrderId, DisputeReason Reason, DisputeStatus Status, Instant EscalatedAt, string? MediatorId,
    Instant? SlaDueAt, bool Overdue, bool EvidenceAwaited, bool Appeal, IReadOnlyList<string> ExcludedMediators);

public sealed record MediatorQueuePage(IReadOnlyList<MediatorQueueItem> Items, string? NextCursor);

public sealed class GetMediatorQueueHandler(IQuerySession session, IClock clock) : IQueryHandler<GetMediatorQueue, MediatorQueuePage>
{
    public async ValueTask<MediatorQueuePage> Handle(GetMediatorQueue q, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var nowTicks = now.ToUnixTimeTicks();
        var rows = session.Query<DisputeListItem>().Where(x => x.InMediation);
        if (q.Reason is { } reason) rows = rows.Where(x => x.Reason == reason);
        if (q.Overdue == true) rows = rows.Where(x => x.MediationOverdue || x.SlaDueTicks <= nowTicks);
        if (q.Overdue == false) rows = rows.Where(x => !x.MediationOverdue && x.SlaDueTicks > nowTicks);
        if (q.MediatorId is { } mediator) rows = rows.Where(x => x.MediatorId == mediator);
        // A row comparison in SQL, so the keyset and the ORDER BY agree on how PostgreSQL orders uuids.
        if (q.After is var (assigned, due, id))
            rows = rows.Where(x => x.MatchesSql("(d.assigned, d.sla_due_ticks, d.id) > (?, ?, ?)", assigned, due, id));

        var page = await rows.OrderBy(x => x.Assigned).ThenBy(x => x.SlaDueTicks).ThenBy(x => x.Id).Take(q.Limit + 1).ToListAsync(ct);
        var items = page.Take(q.Limit).Select(r => new MediatorQueueItem(
            r.Id, r.OrderId, r.Reason, r.Status, r.EscalatedAt ?? r.OpenedAt, r.MediatorId, r.SlaDueAt,
            r.MediationOverdue || r.SlaDueAt <= now, r.EvidenceAwaited, r.Appealed, r.ExcludedMediators)).ToList();
        return new MediatorQueuePage(items, page.Count > q.Limit ? MediatorQueueParameters.NextCursor(page[q.Limit - 1]) : null);
    }
}

public static class MediatorQueueEndpoint
{
    public static void MapMediatorQueue(this RouteGroupBuilder group) =>
        group.MapGet("/queue", Handle)
            .WithName("GetMediatorQueue")
            .WithSummary("The mediators' work queue: escalated cases, unassigned first, then by decision SLA due")
            .ProducesValidationProblem();

    public static Task<Results<Ok<MediatorQueuePage>, ProblemHttpResult>> Handle(
        [AsParameters] MediatorQueueParameters parameters, HttpContext context, ISender sender, CancellationToken ct) =>
        QueryResults.Send(sender, errors => parameters.Parse(errors, context.User.Subject()), ct);
}
