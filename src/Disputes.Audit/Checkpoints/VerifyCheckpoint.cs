using Disputes.Audit.Integrity;
using Disputes.Hosting.Requests;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Disputes.Audit.Checkpoints;

// POST /audit/checkpoints/verification — check the store against an uploaded checkpoint file: its signature with
// the keys this deployment trusts, every dispute it lists, the global sequence, and every hash chain. An auditor
// who trusts only their own copy of the public key runs `history verify --checkpoint file --public-key key.pem`
// instead (docs/audit.md).
public sealed record VerifyCheckpoint(CheckpointFile File) : IQuery<CheckpointReport>, IValidatable
{
    public void Validate(RequestErrors errors)
    {
        errors.Required("format", File.Format);
        errors.Required("keyId", File.KeyId);
        errors.Required("algorithm", File.Algorithm);
        errors.Required("signature", File.Signature);
        errors.Required("payload", File.Payload);
    }
}

// Intact when the checkpoint is trusted and matches and every chain verifies. History is null when the checkpoint
// itself was refused (a file no trusted key signed is no reason to read the whole store).
public sealed record CheckpointReport(bool Intact, CheckpointVerification Checkpoint, VerificationReport? History);

public sealed class VerifyCheckpointHandler(CheckpointVerifier verifier, CheckpointKeys keys, HistoryVerifier history)
    : IQueryHandler<VerifyCheckpoint, CheckpointReport>
{
    public async ValueTask<CheckpointReport> Handle(VerifyCheckpoint query, CancellationToken ct)
    {
        var checkpoint = await verifier.Verify(query.File, keys, ct);
        if (checkpoint.Problem is not null)
            return new CheckpointReport(false, checkpoint, null);
        var chains = await history.VerifyAll(ct);
        return new CheckpointReport(checkpoint.Intact && chains.Intact, checkpoint, VerificationReport.From(chains));
    }
}

public static class VerifyCheckpointEndpoint
{
    public static void MapVerifyCheckpoint(this RouteGroupBuilder group) =>
        group.MapPost("/checkpoints/verification", Handle)
            .WithName("VerifyCheckpoint")
            .WithSummary("Check the store against a checkpoint file taken earlier: signature, every listed dispute's hash, the sequence, every chain")
            .WithDescription("The body is a checkpoint file as GET /audit/checkpoints/{id} returns it. intact is false when the signature does not verify "
                + "with a key this deployment trusts, when a listed dispute no longer has the recorded hash at the recorded version (changed and re-hashed) "
                + "or is gone, when the global sequence went backwards, or when a chain is broken. Bodies are limited by Disputes:Limits:MaxRequestBodyBytes; "
                + "larger checkpoints are checked with the operator verb `history verify --checkpoint`.");

    public static async Task<Ok<CheckpointReport>> Handle(CheckpointFile file, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new VerifyCheckpoint(file), ct));
}
