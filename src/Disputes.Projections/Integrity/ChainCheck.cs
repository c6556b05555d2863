namespace Disputes.Projections.Integrity;

// Walks one stream's events in version order and keeps its first broken link. Pure, so the rules are read
// here and not in SQL: versions run 1, 2, 3… with none missing, each event links to the stored hash of the
// one before (the first to EventHash.Genesis), and each stored hash is the hash of the event's own content.
public sealed class ChainCheck(Guid streamId, long recordedVersion)
{
    private long expectedVersion = 1;
    private string previous = EventHash.Genesis;

    public BrokenLink? Break { get; private set; }

    public void Add(StoredEvent e)
    {
        if (Break is not null)
            return;
        if (e.Version != expectedVersion)
        {
            Break = new BrokenLink(streamId, expectedVersion, null, null, BreakKind.MissingVersion, null, null,
                $"Version {expectedVersion} is missing: the next stored event is version {e.Version} (sequence {e.Sequence}, {e.Type}).");
            return;
        }

        var recomputed = EventHash.Compute(EventHash.Canonical(e.PreviousHash ?? previous, streamId, e.Version, e.Sequence, e.Type, e.TimestampMicros, e.Data));
        Break = (e.PreviousHash, e.Hash) switch
        {
            (null, _) or (_, null) => Found(e, BreakKind.MissingHash, recomputed, e.Hash,
                $"Event {e.Version} carries no {(e.Hash is null ? EventHash.HashHeader : EventHash.PreviousHashHeader)} header."),
            (var link, _) when link != previous => Found(e, BreakKind.PreviousHashMismatch, previous, link,
                e.Version == 1 ? "The first event does not link to the genesis hash." : $"Event {e.Version} does not link to the stored hash of event {e.Version - 1}."),
            (_, var stored) when stored != recomputed => Found(e, BreakKind.ContentHashMismatch, recomputed, stored,
                $"The stored hash of event {e.Version} is not the hash of its content: the event or its hash was changed after it was written."),
            _ => null,
        };
        previous = e.Hash ?? previous;
        expectedVersion++;
    }

    // mt_streams records how many events the stream has: without this, deleting the newest event left no gap.
    public BrokenLink? Finish()
    {
        if (Break is null && recordedVersion >= expectedVersion)
            Break = new BrokenLink(streamId, expectedVersion, null, null, BreakKind.MissingVersion, null, null,
                $"The stream records version {recordedVersion} but its last stored event is version {expectedVersion - 1}.");
        return Break;
    }

    private BrokenLink Found(StoredEvent e, BreakKind kind, string? expected, string? stored, string detail) =>
        new(streamId, e.Version, e.Sequence, e.Type, kind, expected, stored, detail);
}
