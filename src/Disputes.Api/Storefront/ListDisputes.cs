using Disputes.Domain;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections;
using Disputes.Projections.Views;
using Disputes.Projections.Writing;
using Marten;
using Marten.Linq.MatchesSql;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Api.Storefront;

// GET /disputes — a party's or an order's disputes, newest first, keyset-paginated on (openedAt, id).
public sealed record ListDisputesParameters(
    string? BuyerId, string? SellerId, string? OrderId, string? Status, string? Reason,
    string? OpenedFrom, string? OpenedTo, string? Limit, string? Cursor)
{
    private const string CursorKind = "disputes";

    public ListDisputes Parse(RequestErrors errors)
    {
        var query = new ListDisputes(
            QueryParameters.Text(errors, "buyerId", BuyerId), QueryParameters.Text(errors, "sellerId", SellerId), QueryParameters.Text(errors, "orderId", OrderId),
            QueryParameters.Enum<DisputeStatus>(errors, "status", Status), QueryParameters.Enum<DisputeReason>(errors, "reason", Reason),
            QueryParameters.Instant(errors, "openedFrom", OpenedFrom), QueryParameters.Instant(errors, "openedTo", OpenedTo),
            QueryParameters.Limit(errors, Limit), After: null);
        // A storefront lists for someone; an unbounded scan of every dispute is not a storefront question.
        if (query is { BuyerId: null, SellerId: null, OrderId: null })
            errors.Add("buyerId", "At least one of buyerId, sellerId or orderId is required.");
        if (Cursor is null)
            return query;
        if (PageCursor.TryDecode(Cursor, CursorKind, 2, out var parts) && long.TryParse(parts[0], out var ticks) && Guid.TryParse(parts[1], out var id))
            return query with { After = (ticks, id) };
        errors.Add("cursor", "cursor is not a cursor this list returned.");
        return query;
    }

    public static string NextCursor(DisputeListItem last) => PageCursor.Encode(CursorKind, last.OpenedAtTicks.ToString(), last.Id.ToString());
}

public sealed record ListDisputes(
    string? BuyerId, string? SellerId, string? OrderId, DisputeStatus? Status, DisputeReason? Reason,
    Instant? OpenedFrom, Instant? OpenedTo, int Limit, (long OpenedAtTicks, Guid Id)? After) : IQuery<DisputePage>;

public sealed record DisputePage(IReadOnlyList<DisputeSummaryView> Items, string? NextCursor);

public sealed class ListDisputesHandler(IQuerySession session, IClock clock) : IQueryHandler<ListDisputes, DisputePage>
{
    public async ValueTask<DisputePage> Handle(ListDisputes q, CancellationToken ct)
    {
        var rows = session.Query<DisputeListItem>().AsQueryable();
        if (q.BuyerId is { } buyer) rows = rows.Where(x => x.BuyerId == buyer);
        if (q.SellerId is { } seller) rows = rows.Where(x => x.SellerId == seller);
        if (q.OrderId is { } order) rows = rows.Where(x => x.OrderId == order);
        if (q.Status is { } status) rows = rows.Where(x => x.Status == status);
        if (q.Reason is { } reason) rows = rows.Where(x => x.Reason == reason);
        if (q.OpenedFrom is { } from) { var t = from.ToUnixTimeTicks(); rows = rows.Where(x => x.OpenedAtTicks >= t); }
        if (q.OpenedTo is { } to) { var t = to.ToUnixTimeTicks(); rows = rows.Where(x => x.OpenedAtTicks < t); }
        // A row comparison in SQL, so the keyset and the ORDER BY agree on how PostgreSQL orders uuids.
        if (q.After is var (ticks, id)) rows = rows.Where(x => x.MatchesSql("(d.opened_at_ticks, d.id) < (?, ?)", ticks, id));

        var page = await rows.OrderByDescending(x => x.OpenedAtTicks).ThenByDescending(x => x.Id).Take(q.Limit + 1).ToListAsync(ct);
        var now = clock.GetCurrentInstant();
        var items = page.Take(q.Limit).Select(r => DisputeSummaryView.From(r, now)).ToList();
        return new DisputePage(items, page.Count > q.Limit ? ListDisputesParameters.NextCursor(page[q.Limit - 1]) : null);
    }
}

public static class ListDisputesEndpoint
{
    public static void MapListDisputes(this RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("ListDisputes")
            .WithSummary("List a buyer's, a seller's or an order's disputes, newest first, with cursor pagination")
            .ProducesValidationProblem();

    public static Task<Results<Ok<DisputePage>, ProblemHttpResult>> Handle(
        [AsParameters] ListDisputesParameters parameters, ISender sender, CancellationToken ct) =>
        QueryResults.Send(sender, errors => parameters.Parse(errors), ct);
}

public sealed record NextDeadlineView(DeadlineKind Kind, Instant DueAt);

public sealed record DisputeSummaryView(
    Guid Id, string OrderId, string BuyerId, string SellerId, DisputeReason Reason, DisputeStatus Status, DisputeOutcome? Outcome,
    Instant OpenedAt, Instant LastChangedAt, MoneyView AmountPaid, NextDeadlineView? NextDeadline, string? MediatorId, bool Overdue,
    IReadOnlyList<WaitingView> WaitingOn, string Language = "en")
{
    public static DisputeSummaryView From(DisputeListItem r, Instant now) => new(
        r.Id, r.OrderId, r.BuyerId, r.SellerId, r.Reason, r.Status, r.Outcome, r.OpenedAt, r.LastChangedAt, MoneyView.From(r.AmountPaid),
        r is { NextDeadlineKind: { } kind, NextDeadlineDueAt: { } due } ? new NextDeadlineView(kind, due) : null,
        r.MediatorId, r.IsOverdue(now), r.WaitingOn.Select(WaitingView.From).ToList(), r.Language);
}
