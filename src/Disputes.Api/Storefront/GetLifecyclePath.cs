using Disputes.Domain;
using Disputes.Hosting.Http;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Api.Storefront;

// GET /disputes/{id}/path — the states this dispute went through, folded from its events, to lay over the lifecycle diagram.
public sealed record GetLifecyclePath(Guid DisputeId) : IQuery<LifecyclePathView?>;

public sealed record LifecyclePathView(Guid DisputeId, long Version, DisputeStatus Current, IReadOnlyList<PathStep> Steps);

// One change of state: the event at Version moved the dispute From → To (From is None for the opening).
public sealed record PathStep(long Version, string Type, Instant At, Actor By, DisputeStatus From, DisputeStatus To);

public sealed class GetLifecyclePathHandler(IQuerySession session) : IQueryHandler<GetLifecyclePath, LifecyclePathView?>
{
    public async ValueTask<LifecyclePathView?> Handle(GetLifecyclePath query, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(query.DisputeId, token: ct);
        if (events.Count == 0)
            return null;
        var steps = new List<PathStep>();
        Dispute? state = null;
        foreach (var e in events)
        {
            var fact = (IDisputeEvent)e.Data;
            var from = state?.Status ?? DisputeStatus.None;
            state = DisputeEvolver.Evolve(state, fact);
            if (state.Status != from)
                steps.Add(new PathStep(e.Version, e.EventType.Name, fact.At, fact.By, from, state.Status));
        }
        return new LifecyclePathView(query.DisputeId, events[^1].Version, state!.Status, steps);
    }
}

public static class GetLifecyclePathEndpoint
{
    public static void MapGetLifecyclePath(this RouteGroupBuilder group) =>
        group.MapGet("/{disputeId:guid}/path", Handle)
            .WithName("GetDisputeLifecyclePath")
            .WithSummary("The states a dispute went through, each with the event that moved it; lay it over GET /lifecycle")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<LifecyclePathView>, ProblemHttpResult>> Handle(Guid disputeId, ISender sender, CancellationToken ct) =>
        await sender.Send(new GetLifecyclePath(disputeId), ct) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem(Problems.DisputeNotFound(disputeId));
}
