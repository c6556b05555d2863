using Marten;
using NodaTime;

namespace Disputes.Projections.Writing;

// One record per Idempotency-Key, kept by the edge that knows how to render a reply. The writer asks before
// deciding, and keeps the record in the command's own transaction, so a key answers at most one write.
public interface IIdempotencyRecords
{
    // Replayed (same request) or IdempotencyKeyReused (another request), or null for a key not seen yet.
    Task<CommandOutcome?> Find(IdempotencyRequest request, CancellationToken ct);

    void Keep(IDocumentSession session, IdempotencyRequest request, Guid disputeId, CommandOutcome outcome, Instant at);

    // The record's insert lost to a racer with the same key: nothing of ours was committed.
    bool LostRace(Exception e);
}
