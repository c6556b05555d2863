using Disputes.Hosting.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Audit.Checkpoints;

// GET /audit/checkpoints?before=&limit= — the checkpoints taken, newest first, without their files.
public sealed record ListCheckpoints(Instant? Before, int Limit) : IQuery<CheckpointList>;

public sealed record CheckpointList(IReadOnlyList<CheckpointSummary> Items);

public sealed class ListCheckpointsHandler(CheckpointStore checkpoints) : IQueryHandler<ListCheckpoints, CheckpointList>
{
    public async ValueTask<CheckpointList> Handle(ListCheckpoints query, CancellationToken ct) =>
        new(await checkpoints.List(query.Limit, query.Before?.ToDateTimeUtc(), ct));
}

public static class ListCheckpointsEndpoint
{
    public static void MapListCheckpoints(this RouteGroupBuilder group) =>
        group.MapGet("/checkpoints", Handle)
            .WithName("ListCheckpoints")
            .WithSummary("The signed checkpoints taken so far, newest first (periodic and on demand)")
            .WithDescription("before: an ISO-8601 instant, to page back (pass the last item's takenAt); limit 1..100 (default 20).");

    public static Task<Results<Ok<CheckpointList>, ProblemHttpResult>> Handle(string? before, string? limit, ISender sender, CancellationToken ct) =>
        QueryResults.Send(sender, errors => new ListCheckpoints(QueryParameters.Instant(errors, "before", before), QueryParameters.Limit(errors, limit)), ct);
}
