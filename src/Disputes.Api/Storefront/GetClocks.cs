using System.Text.Json.Serialization;
using Disputes.Domain;
using Disputes.Hosting.Http;
using Disputes.Projections;
using Disputes.Projections.Views;
using JasperFx.Events;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;

namespace Disputes.Api.Storefront;

// GET /disputes/{id}/clocks — why each running clock exists: the policy rule and version, the event that started it,
// what it counts from and for how long, and for the mediator's SLA the working windows of the calendar it counted in.
public sealed record GetClocks(Guid DisputeId) : IQuery<ClocksView?>;

public sealed record ClocksView(Guid DisputeId, long Version, Instant AsOf, IReadOnlyList<ClockView> Clocks);

public sealed record ClockView(
    DeadlineKind Kind,
    string Rule,
    string PolicyVersion,
    Instant DueAt,
    string Consequence,
    bool Overdue,
    ClockStartView? StartedBy,
    ClockBasisView? Basis,
    WorkingTimeView? WorkingTime);

// ScheduledAtVersion: the DeadlineScheduled event; Version/Type/At/By: the event of the same command that caused it.
public sealed record ClockStartView(long ScheduledAtVersion, long Version, string Type, Instant At, Actor By);

// Due = From + Length (+ the extensions granted on this run), or for working time the instant where Length of calendar
// working time has elapsed after From.
public sealed record ClockBasisView(
    Instant From,
    string FromWhat,
    [property: JsonConverter(typeof(IsoDurationConverter))] Duration Length,
    bool WorkingTime,
    IReadOnlyList<ClockExtensionView> Extensions);

// Time granted on a party's request (ExtensionGranted), by whom and when.
public sealed record ClockExtensionView([property: JsonConverter(typeof(IsoDurationConverter))] Duration Length, Actor GrantedBy, Instant GrantedAt);

public sealed record WorkingTimeView(
    CalendarView Calendar,
    IReadOnlyList<CountedWindow> Windows,
    [property: JsonConverter(typeof(IsoDurationConverter))] Duration Elapsed,
    [property: JsonConverter(typeof(IsoDurationConverter))] Duration Remaining);

public sealed record CalendarView(string TimeZone, string DayStart, string DayEnd, IReadOnlyList<IsoDayOfWeek> WorkingDays);

// One working window between the clock's start and its due instant, and how much of it the clock counted.
public sealed record CountedWindow(Instant Start, Instant End, [property: JsonConverter(typeof(IsoDurationConverter))] Duration Counted);

public sealed class GetClocksHandler(IQuerySession session, IClock clock) : IQueryHandler<GetClocks, ClocksView?>
{
    // A generous bound: a configured SLA of many working weeks still lists, a misconfigured one cannot run away.
    private const int MaxWindows = 400;

    public async ValueTask<ClocksView?> Handle(GetClocks query, CancellationToken ct)
    {
        if (await session.LoadAsync<DisputeDetails>(query.DisputeId, ct) is not { State: var d } details)
            return null;
        var now = clock.GetCurrentInstant();
        var events = await session.Events.FetchStreamAsync(query.DisputeId, token: ct);
        var clocks = d.Deadlines.Values.OrderBy(x => x.DueAt).ThenBy(x => x.Kind).Select(deadline =>
        {
            var rule = DeadlineRules.Of(deadline.Kind);
            var basis = DeadlineRules.BasisOf(rule, d, d.Policy);
            var extensions = basis is null ? [] : d.Extensions.Where(e => e.Kind == deadline.Kind && e.ClockFrom == basis.From)
                .Select(e => new ClockExtensionView(e.Length, e.GrantedBy, e.GrantedAt)).ToList();
            return new ClockView(
                deadline.Kind, deadline.Rule, deadline.PolicyVersion, deadline.DueAt, rule.Consequence(d.Policy),
                deadline.DueAt <= now, StartedBy(events, deadline),
                basis is null ? null : new ClockBasisView(basis.From, basis.FromWhat, basis.Length, basis.WorkingTime, extensions),
                basis is { WorkingTime: true } ? Working(d.Policy.Calendar, basis.From, deadline.DueAt, now) : null);
        }).ToList();
        return new ClocksView(d.Id, details.Version, now, clocks);
    }

    // The last DeadlineScheduled that set this clock, and the first event its command appended (the cause).
    private static ClockStartView? StartedBy(IReadOnlyList<IEvent> events, Deadline deadline)
    {
        var scheduled = events.LastOrDefault(e => e.Data is DeadlineScheduled s && s.Kind == deadline.Kind && s.DueAt == deadline.DueAt);
        if (scheduled is null)
            return null;
        var cause = events.Where(e => e.Version <= scheduled.Version && e.Data is not DeadlineScheduled and not DeadlineCancelled)
            .LastOrDefault() ?? scheduled;
        var fact = (IDisputeEvent)cause.Data;
        return new ClockStartView(scheduled.Version, cause.Version, cause.EventType.Name, fact.At, fact.By);
    }

    private static WorkingTimeView Working(MediationCalendar calendar, Instant from, Instant due, Instant now)
    {
        var windows = new List<CountedWindow>();
        var cursor = from;
        while (cursor < due && windows.Count < MaxWindows)
        {
            var window = calendar.CurrentOrNextWindow(cursor);
            if (window.Start >= due)
                break;
            windows.Add(new CountedWindow(window.Start, window.End, Instant.Min(window.End, due) - Instant.Max(window.Start, from)));
            cursor = window.End;
        }
        var elapsed = now <= from ? Duration.Zero : calendar.WorkingTimeBetween(from, Instant.Min(now, due));
        var remaining = now >= due ? Duration.Zero : calendar.WorkingTimeBetween(Instant.Max(now, from), due);
        var time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
        return new WorkingTimeView(
            new CalendarView(calendar.TimeZoneId, time.Format(calendar.DayStart), time.Format(calendar.DayEnd), calendar.WorkingDays.Order().ToList()),
            windows, elapsed, remaining);
    }
}

public static class GetClocksEndpoint
{
    public static void MapGetClocks(this RouteGroupBuilder group) =>
        group.MapGet("/{disputeId:guid}/clocks", Handle)
            .WithName("GetDisputeClocks")
            .WithSummary("Each running clock with its provenance: rule, policy version, the event that started it, and its arithmetic")
            .WithDescription("basis.from + basis.length = dueAt for elapsed-time clocks; for the mediator's SLA (workingTime) the length is counted only inside the calendar's working windows, each listed with what it counted (in UTC; the calendar's zone is given).")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<ClocksView>, ProblemHttpResult>> Handle(Guid disputeId, ISender sender, CancellationToken ct) =>
        await sender.Send(new GetClocks(disputeId), ct) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem(Problems.DisputeNotFound(disputeId));
}
