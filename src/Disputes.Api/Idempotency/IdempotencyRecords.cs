using Disputes.Api.Http;
using Disputes.Projections.Writing;
using JasperFx;
using Marten;
using NodaTime;

namespace Disputes.Api.Idempotency;

// The HTTP edge's idempotency records: the first response rendered once and kept, in the command's transaction,
// under the key (scoped to the caller), so a retry with the same key and body gets the same status, headers and bytes.
public sealed class IdempotencyRecords(IDocumentStore store, CommandResponses responses) : IIdempotencyRecords
{
    public async Task<CommandOutcome?> Find(IdempotencyRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<IdempotencyRecord>(request.Key, ct) switch
        {
            null => null,
            { Fingerprint: var fingerprint } record when fingerprint == request.Fingerprint => new Replayed(record.Response),
            _ => new IdempotencyKeyReused(request.Key),
        };
    }

    public void Keep(IDocumentSession session, IdempotencyRequest request, Guid disputeId, CommandOutcome outcome, Instant at) =>
        session.Insert(new IdempotencyRecord
        {
            Id = request.Key,
            Fingerprint = request.Fingerprint,
            DisputeId = disputeId,
            CreatedAt = at,
            Response = responses.Render(outcome),
        });

    // The key is the document id: a racer with the same key that committed first makes our insert fail on it.
    public bool LostRace(Exception e) => e is DocumentAlreadyExistsException { DocType: var type } && type == typeof(IdempotencyRecord);
}
