using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Disputes.Audit.Trail;

// GET /audit/disputes/{id}/digest — a SHA-256 hash chain over the stream, so an auditor who kept a digest can
// later prove the first n events are unchanged (ask again with version=n and compare), or recompute it
// from the events endpoint without trusting this one.
public sealed record GetDisputeDigest(Guid DisputeId, long? Version) : IQuery<DisputeDigest?>;

public sealed record DisputeDigest(Guid DisputeId, long Version, string Algorithm, string Digest);

// What each link hashes, in this property order: the event's place, name, commit time and data as served.
public sealed record DigestedEvent(long Version, string Type, Instant Timestamp, JsonElement Data);

public sealed class GetDisputeDigestHandler(IQuerySession session, AuditEvents audit) : IQueryHandler<GetDisputeDigest, DisputeDigest?>
{
    public const string Algorithm = "sha256-chain-v1";

    public async ValueTask<DisputeDigest?> Handle(GetDisputeDigest query, CancellationToken ct)
    {
        var stream = await StoredStream.Read(session, query.DisputeId, query.Version ?? long.MaxValue, ct);
        if (stream.Count == 0)
            return null;
        var link = new byte[32];
        foreach (var e in stream.Select(e => audit.From(e, null, null)))
            link = Chain(link, JsonSerializer.Serialize(new DigestedEvent(e.Version, e.Type, e.Timestamp, e.Data), audit.Json));
        return new DisputeDigest(query.DisputeId, stream[^1].Version, Algorithm, Convert.ToHexStringLower(link));
    }

    public static byte[] Chain(byte[] previous, string canonicalJson) =>
        SHA256.HashData([.. previous, .. Encoding.UTF8.GetBytes(canonicalJson)]);
}

public static class GetDisputeDigestEndpoint
{
    public static void MapGetDisputeDigest(this RouteGroupBuilder group) =>
        group.MapGet("/disputes/{disputeId:guid}/digest", Handle)
            .WithName("GetDisputeDigest")
            .WithSummary("A SHA-256 hash chain over the dispute's events, to prove its history was not altered")
            .WithDescription("sha256-chain-v1: link0 = 32 zero bytes; for each event in version order, link = SHA-256(previous link bytes ‖ "
                + "UTF-8 of the compact JSON {\"version\":…,\"type\":…,\"timestamp\":…,\"data\":…}, with exactly those properties in that order "
                + "and each value exactly as GET /audit/disputes/{id}/events serves it); digest = last link, lowercase hex. "
                + "version (optional) stops the chain at that version, to compare with a digest taken earlier; beyond the stream it is a 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<DisputeDigest>, ProblemHttpResult>> Handle(Guid disputeId, string? version, ISender sender, CancellationToken ct)
    {
        var errors = new RequestErrors();
        var upTo = QueryParameters.WholeNumber(errors, "version", version, 1, long.MaxValue);
        if (errors.Any)
            return TypedResults.Problem(Problems.Validation(errors.ToDictionary()));
        return await sender.Send(new GetDisputeDigest(disputeId, upTo), ct) is { } digest
            ? digest.Version == (upTo ?? digest.Version)
                ? TypedResults.Ok(digest)
                : TypedResults.Problem(Problems.StateNotFound(disputeId, $"Version {upTo} is beyond the stream, which is at version {digest.Version}.", digest.Version))
            : TypedResults.Problem(Problems.DisputeNotFound(disputeId));
    }
}
