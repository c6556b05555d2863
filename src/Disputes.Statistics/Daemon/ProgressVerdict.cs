using NodaTime;

namespace Disputes.Statistics.Daemon;

// Lag is the events a row has not reached: the high-water mark against the newest event, a shard against the
// high-water mark (the daemon never reads past the mark). Lag alone is normal under load; stalled means there has
// been work waiting for a whole window and the row has not moved in that window. Both conditions are needed: a
// mark idle all night is not stalled when an event arrives, and a busy shard that moves is merely behind.
public sealed record RowVerdict(string Name, long Position, long Lag, Instant? LastMovedAt, Instant? PendingSince, bool Stalled);

public sealed record ProgressVerdict(Instant Now, long NewestSequence, Duration StallWindow, RowVerdict HighWaterMark, IReadOnlyList<RowVerdict> Shards)
{
    public bool Stalled => HighWaterMark.Stalled || Shards.Any(s => s.Stalled);

    public IEnumerable<RowVerdict> StalledRows => Shards.Prepend(HighWaterMark).Where(r => r.Stalled);

    public static ProgressVerdict Judge(ProgressSnapshot snapshot, Duration stallWindow)
    {
        var idleSince = snapshot.Now - stallWindow;
        RowVerdict Judge(ShardProgress row, long target)
        {
            var lag = Math.Max(0, target - row.Position);
            var stalled = lag > 0 && row.PendingSince <= idleSince && (row.LastMovedAt is null || row.LastMovedAt <= idleSince);
            return new RowVerdict(row.Name, row.Position, lag, row.LastMovedAt, row.PendingSince, stalled);
        }

        var mark = Judge(snapshot.HighWaterMark, snapshot.NewestSequence);
        return new ProgressVerdict(snapshot.Now, snapshot.NewestSequence, stallWindow, mark,
            snapshot.Shards.Select(s => Judge(s, snapshot.HighWaterMark.Position)).ToList());
    }
}
