
namespace Disputes.Audit.Integrity;

// Walks one stream's events in version order and keeps its first broken link. Pure, so the rules are read
// here and not in SQL: the stream has its row in mt_streams, versions run 1, 2, 3… with none missing and none
// beyond the version that row records, each event links to the stored hash of the one before (the first to
// EventHash.Genesis), each stored hash is the hash of the event's own content under the formula it names, and no
// event is archived (hidden from Marten's reads of the dispute).
public sealed class ChainCheck(Guid streamId, StreamRow row)
{
    private long expectedVersion = 1;
    private long count, lastVersion;
    private string previous = EventHash.Genesis;

    public BrokenLink? Break { get; private set; }

    public void Add(StoredEvent e)
    {
        count++;
        lastVersion = Math.Max(lastVersion, e.Version);
        if (Break is not null)
            return;
        if (!row.Exists)
        {
            Break = Found(e, BreakKind.StreamRowMissing, null, null,
                "Events of this dispute are stored under a stream id that has no row in mt_streams: reads of the dispute do not find them.");
            return;
        }
        if (e.Version != expectedVersion)
        {
            Break = new BrokenLink(streamId, expectedVersion, null, null, BreakKind.MissingVersion, null, null,
                $"Version {expectedVersion} is missing: the next stored event is version {e.Version} (sequence {e.Sequence}, {e.Type}).");
            return;
        }
        // The detail is finished once the stream's stored events are all counted (Finish).
        if (e.Version > row.Version)
        {
            Break = Found(e, BreakKind.StreamVersionMismatch, null, null, "");
            return;
        }

        if (e.HashVersion is not (null or "2"))
        {
            Break = Found(e, BreakKind.UnknownHashVersion, null, e.Hash,
                $"Event {e.Version} names hash formula {e.HashVersion}, which is not one this verifier knows (1, without the header, or 2).");
            return;
        }
        var recomputed = Recompute(e, e.PreviousHash ?? previous);
        Break = (e.PreviousHash, e.Hash) switch
        {
            (null, _) or (_, null) => Found(e, BreakKind.MissingHash, recomputed, e.Hash,
                $"Event {e.Version} carries no {(e.Hash is null ? EventHash.HashHeader : EventHash.PreviousHashHeader)} header."),
            (var link, _) when link != previous => Found(e, BreakKind.PreviousHashMismatch, previous, link,
                e.Version == 1 ? "The first event does not link to the genesis hash." : $"Event {e.Version} does not link to the stored hash of event {e.Version - 1}."),
            (_, var hash) when hash != recomputed => Found(e, BreakKind.ContentHashMismatch, recomputed, hash,
                $"The stored hash of event {e.Version} is not the hash of its content: the event or its hash was changed after it was written."),
            _ when row.Archived => Found(e, BreakKind.ArchivedEvent, null, null,
                "The stream is archived in mt_streams: Marten leaves all its events out of its reads of the dispute."),
            _ when e.Archived => Found(e, BreakKind.ArchivedEvent, null, null,
                $"Event {e.Version} is archived: Marten leaves it out of its reads of the dispute (its events, replays and feed)."),
            _ => null,
        };
        previous = e.Hash ?? previous;
        expectedVersion++;
    }

    // mt_streams records how many events the stream has: without this, deleting the newest event left no gap.
    public BrokenLink? Finish()
    {
        if (Break is { Kind: BreakKind.StreamVersionMismatch } beyond)
            Break = beyond with
            {
                Detail = $"The stream records version {row.Version} but stores {count} events, up to version {lastVersion}: the events past "
                    + $"version {row.Version} are left out of reads that trust the stream row, and the next append would collide with them.",
            };
        if (Break is null && row.Version >= expectedVersion)
            Break = new BrokenLink(streamId, expectedVersion, null, null, BreakKind.MissingVersion, null, null,
                $"The stream records version {row.Version} but its last stored event is version {expectedVersion - 1}.");
        return Break;
    }

    // Formula 1 for events hashed before the formula version header existed, formula 2 since (EventHash).
    private string Recompute(StoredEvent e, string previousHash) => EventHash.Compute(e.HashVersion is null
        ? EventHash.CanonicalV1(previousHash, streamId, e.Version, e.Sequence, e.Type, e.TimestampMicros, e.Data)
        : EventHash.CanonicalV2(previousHash, streamId, e.Version, e.Sequence, e.EventId, e.Type, e.TimestampMicros,
            e.CorrelationId, e.CausationId, e.Headers ?? "{}", e.Data));

    private BrokenLink Found(StoredEvent e, BreakKind kind, string? expected, string? stored, string detail) =>
        new(streamId, e.Version, e.Sequence, e.Type, kind, expected, stored, detail);
}
