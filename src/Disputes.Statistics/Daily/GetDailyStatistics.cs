using Disputes.Domain;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;
using Disputes.Statistics.Facts;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Statistics.Daily;

// GET /statistics/daily?reason=&from=&to= — per UTC day and reason: disputes opened, and disputes resolved that day
// by outcome and by deadline. Days without any dispute activity have no row. From the async projection, so the
// current day trails the commands by the daemon's lag.
public sealed record DailyStatisticsParameters(string? Reason, string? From, string? To)
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;

    public GetDailyStatistics Parse(RequestErrors errors, LocalDate today)
    {
        var reason = QueryParameters.Enum<DisputeReason>(errors, "reason", Reason);
        var from = QueryParameters.Date(errors, "from", From);
        var to = QueryParameters.Date(errors, "to", To);
        var last = to ?? (from is { } start ? LocalDate.Min(start.PlusDays(DefaultDays - 1), today) : today);
        var first = from ?? last.PlusDays(-(DefaultDays - 1));
        if (first > last)
            errors.Add("from", "from must not be after to.");
        else if (Period.DaysBetween(first, last) >= MaxDays)
            errors.Add("to", $"from and to may span at most {MaxDays} days.");
        return new GetDailyStatistics(reason, first, last);
    }
}

public sealed record GetDailyStatistics(DisputeReason? Reason, LocalDate From, LocalDate To) : IQuery<DailyStatisticsView>;

public sealed record DailyStatisticsView(LocalDate From, LocalDate To, DisputeReason? Reason, IReadOnlyList<DailyReasonView> Days);

public sealed record DailyReasonView(LocalDate Date, DisputeReason Reason, long Opened, long Resolved, long ResolvedByDeadline, OutcomesView Outcomes);

public sealed class GetDailyStatisticsHandler(IQuerySession session) : IQueryHandler<GetDailyStatistics, DailyStatisticsView>
{
    public async ValueTask<DailyStatisticsView> Handle(GetDailyStatistics q, CancellationToken ct)
    {
        var from = DailyReasonStatistics.KeyOf(q.From);
        var to = DailyReasonStatistics.KeyOf(q.To);
        var rows = session.Query<DailyReasonStatistics>().Where(x => x.DateKey >= from && x.DateKey <= to);
        if (q.Reason is { } reason) rows = rows.Where(x => x.Reason == reason);
        var days = await rows.ToListAsync(ct);
        return new DailyStatisticsView(q.From, q.To, q.Reason, days
            .OrderBy(d => d.Date).ThenBy(d => d.Reason)
            .Select(d => new DailyReasonView(d.Date, d.Reason, d.Opened, d.Resolved.Total, d.ResolvedByDeadline, OutcomesView.From(d.Resolved)))
            .ToList());
    }
}

public static class GetDailyStatisticsEndpoint
{
    public static void MapGetDailyStatistics(this RouteGroupBuilder group) =>
        group.MapGet("/daily", Handle)
            .WithName("GetDailyStatistics")
            .WithSummary("Disputes per UTC day and reason: opened, resolved by outcome, resolved by deadline")
            .WithDescription("from and to are inclusive UTC dates (ISO-8601, e.g. 2026-11-25), at most 366 days apart; by default the "
                + "30 days ending today (or starting at from). reason narrows to one reason. A dispute counts as opened on its opening "
                + "day and as resolved on its closing day, under the reason it was opened for; resolved by deadline means a clock "
                + "settled it (seller silence, offer or return lapsed, delivered return never confirmed). Days without activity have no row.")
            .ProducesValidationProblem();

    // Plain parameters rather than [AsParameters], so the document names them as clients send them (camelCase).
    public static Task<Results<Ok<DailyStatisticsView>, ProblemHttpResult>> Handle(
        string? reason, string? from, string? to, ISender sender, IClock clock, CancellationToken ct) =>
        QueryResults.Send(sender, errors => new DailyStatisticsParameters(reason, from, to).Parse(errors, clock.GetCurrentInstant().InUtc().Date), ct);
}
