using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Projections;
using Disputes.Statistics.Mediators;
using Marten;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Disputes.Api.Assignment;

// GET /disputes/{disputeId}/queue — where an escalated, unassigned case stands, for the storefront to show its
// parties. docs/assignment.md states the definitions:
//   pool          active mediators who qualify for the case (language, reason, amount, not excluded), at any hour
//   position      1 + the waiting cases escalated before it that a mediator of its pool could also take
//   expectedWait  untilShift + position × timeToClaim ÷ max(1, pool)
//                 untilShift: zero while a pool mediator is on shift, else until the earliest one's next shift starts;
//                 timeToClaim: the median of the pool's measured median times to claim (mediator statistics), or
//                 Disputes:Assignment:DefaultTimeToClaim while none is measured.
public sealed record QueuePositionView(
    Guid DisputeId, bool Waiting, int? Position, int Pool, int OnShift, Instant? NextShiftAt,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(Projections.Views.IsoDurationConverter))] Duration? ExpectedWait);

public static class QueuePositionEndpoint
{
    public static IEndpointRouteBuilder MapQueuePosition(this IEndpointRouteBuilder app)
    {
        app.MapGet("/disputes/{disputeId:guid}/queue", Handle)
            .WithTags("Disputes")
            .RequireAuthorization(AuthPolicies.Read)
            .WithName("GetQueuePosition")
            .WithSummary("An escalated, unassigned case's place in the mediators' queue and its expected wait")
            .WithDescription("waiting is false (and position, expectedWait null) unless the case awaits a mediator. position counts the "
                + "waiting cases escalated before it that a mediator who could take it could also take; expectedWait (ISO-8601) is the time "
                + "until the pool's next shift when nobody is on shift, plus position × the pool's median time to claim ÷ the pool's size.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<IResult> Handle(Guid disputeId, IDocumentStore store, IClock clock, IOptions<AssignmentOptions> options, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (await session.LoadAsync<DisputeListItem>(disputeId, ct) is not { } row)
            return TypedResults.Problem(Problems.DisputeNotFound(disputeId));
        var desk = await DeskQueue.LoadAsync(store, ct);
        var now = clock.GetCurrentInstant();
        var pool = desk.Profiles.Where(m => MediatorEligibility.Qualifies(m, row)).ToList();
        var onShift = pool.Count(m => m.WorkingHours.IsWorkingTime(now));
        Instant? nextShift = onShift > 0 || pool.Count == 0 ? null : pool.Min(m => m.WorkingHours.CurrentOrNextWindow(now).Start);
        if (row.Status != DisputeStatus.AwaitingMediator)
            return TypedResults.Ok(new QueuePositionView(disputeId, false, null, pool.Count, onShift, nextShift, null));

        var ahead = desk.Waiting.TakeWhile(w => w.Id != row.Id).Count(w => pool.Any(m => MediatorEligibility.Qualifies(m, w)));
        var position = ahead + 1;
        var statistics = await session.LoadManyAsync<MediatorStatistics>(ct, pool.Select(m => m.Id).ToArray());
        var measured = statistics.Select(s => s.TimesToClaim.Median()).OfType<Duration>().Order().ToList();
        var timeToClaim = measured.Count > 0 ? measured[(measured.Count - 1) / 2] : Duration.FromTimeSpan(options.Value.DefaultTimeToClaim);
        Duration? expected = pool.Count == 0 ? null
            : (nextShift is { } start ? start - now : Duration.Zero) + timeToClaim * position / Math.Max(1, pool.Count);
        return TypedResults.Ok(new QueuePositionView(disputeId, true, position, pool.Count, onShift, nextShift, expected));
    }
}
