using System.Collections.Concurrent;
using Disputes.Domain;
using NodaTime;

namespace Disputes.Projections.Writing;

// What this instance last committed for each recently written dispute: its folded document at the stream version
// the commit left. The next command on that dispute decides on it without fetching, and appends expecting that
// version, so a write from anywhere else in between (another instance, a rebuild's writer) fails the append and the
// command is decided again on a fetch: the cache can be stale, never wrong. Bounded; the oldest entries go first.
public sealed class WrittenDisputes(int capacity)
{
    public const int DefaultCapacity = 1024;

    private readonly ConcurrentDictionary<Guid, Entry> entries = new();
    private readonly ConcurrentQueue<Guid> order = new();

    // Immutable parts only: a DisputeDetails handed to a session may be changed by Marten (its Version), so every
    // session gets a copy of its own.
    private sealed record Entry(long Version, Dispute State, Instant? BreachedSlaDueAt);

    public WrittenDisputes() : this(DefaultCapacity)
    {
    }

    private long withoutFetch;
    private long overtaken;

    public int Count => entries.Count;

    // Commands committed on a remembered document, and appends refused because the dispute had moved on meanwhile
    // (each then decided again on a fetch): how much the memory saves, and how often it was stale.
    public long CommittedWithoutFetch => Interlocked.Read(ref withoutFetch);
    public long Overtaken => Interlocked.Read(ref overtaken);

    public DisputeDetails? Find(Guid disputeId) =>
        entries.TryGetValue(disputeId, out var e)
            ? new DisputeDetails { Id = disputeId, Version = e.Version, State = e.State, BreachedSlaDueAt = e.BreachedSlaDueAt }
            : null;

    public void Committed(DisputeDetails details, bool withoutFetch)
    {
        if (withoutFetch)
            Interlocked.Increment(ref this.withoutFetch);
        if (capacity <= 0)
            return;
        var entry = new Entry(details.Version, details.State, details.BreachedSlaDueAt);
        if (entries.TryGetValue(details.Id, out var known))
        {
            // Two commands of this instance on one dispute race only to a refused append, but their answers may
            // arrive in either order: keep the newer.
            if (known.Version < entry.Version)
                entries.TryUpdate(details.Id, entry, known);
            return;
        }
        if (entries.TryAdd(details.Id, entry))
            order.Enqueue(details.Id);
        while (entries.Count > capacity && order.TryDequeue(out var oldest))
            entries.TryRemove(oldest, out _);
    }

    // After a refused or failed save: whatever this instance believed about the dispute is out of date.
    public void Forget(Guid disputeId, bool wasTrusted)
    {
        if (wasTrusted)
            Interlocked.Increment(ref overtaken);
        entries.TryRemove(disputeId, out _);
    }
}
