using Disputes.Hosting.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Audit.Checkpoints;

// GET /audit/checkpoints/{id} and /audit/checkpoints/latest — a checkpoint's file, to download and keep.
public sealed record GetCheckpoint(Guid? CheckpointId) : IQuery<StoredCheckpoint?>;

public sealed class GetCheckpointHandler(CheckpointStore checkpoints) : IQueryHandler<GetCheckpoint, StoredCheckpoint?>
{
    public async ValueTask<StoredCheckpoint?> Handle(GetCheckpoint query, CancellationToken ct) => await checkpoints.Find(query.CheckpointId, ct);
}

public static class GetCheckpointEndpoint
{
    public static void MapGetCheckpoint(this RouteGroupBuilder group)
    {
        group.MapGet("/checkpoints/{checkpointId:guid}", (Guid checkpointId, ISender sender, CancellationToken ct) => Handle(checkpointId, sender, ct))
            .WithName("GetCheckpoint")
            .WithSummary("One checkpoint's file, exactly as signed")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/checkpoints/latest", (ISender sender, CancellationToken ct) => Handle(null, sender, ct))
            .WithName("GetLatestCheckpoint")
            .WithSummary("The newest checkpoint's file")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<CheckpointFile>, ProblemHttpResult>> Handle(Guid? checkpointId, ISender sender, CancellationToken ct) =>
        await sender.Send(new GetCheckpoint(checkpointId), ct) is { } found
            ? TypedResults.Ok(CheckpointFile.Parse(found.Document))
            : TypedResults.Problem(Problems.CheckpointNotFound(checkpointId?.ToString() ?? "yet"));
}
