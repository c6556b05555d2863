using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Audit.Checkpoints;

// POST /audit/checkpoints — sign the latest hash of every dispute and the global sequence now, and answer with the
// checkpoint file to keep somewhere the database's writers cannot reach. Null when no signing key is configured.
public sealed record TakeCheckpoint(string TakenBy) : ICommand<StoredCheckpoint?>;

public sealed class TakeCheckpointHandler(CheckpointStore checkpoints) : ICommandHandler<TakeCheckpoint, StoredCheckpoint?>
{
    public async ValueTask<StoredCheckpoint?> Handle(TakeCheckpoint command, CancellationToken ct) =>
        checkpoints.CanSign ? await checkpoints.Take(command.TakenBy, ct) : null;
}

public static class TakeCheckpointEndpoint
{
    public static void MapTakeCheckpoint(this RouteGroupBuilder group) =>
        group.MapPost("/checkpoints", Handle)
            .WithName("TakeCheckpoint")
            .WithSummary("Sign a checkpoint of every dispute's latest hash and the global sequence, now, and return its file")
            .WithDescription("The file is self-contained: payload (the signed JSON text), signature (ECDSA P-256 with SHA-256, DER, base64) and keyId. "
                + "Keep it outside the database; POST it to /audit/checkpoints/verification or give it to `history verify --checkpoint` later. "
                + "Each call takes a new checkpoint (nothing is appended to any dispute). 409 when no signing key is configured.")
            .ProducesProblem(StatusCodes.Status409Conflict);

    public static async Task<Results<Created<CheckpointFile>, ProblemHttpResult>> Handle(HttpContext http, ISender sender, CancellationToken ct) =>
        await sender.Send(new TakeCheckpoint(http.User.Subject()), ct) is { } taken
            ? TypedResults.Created($"/audit/checkpoints/{taken.Summary.Id}", CheckpointFile.Parse(taken.Document))
            : TypedResults.Problem(Problems.CheckpointSigningKeyMissing());
}
