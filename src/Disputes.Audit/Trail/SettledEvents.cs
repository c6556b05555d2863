using JasperFx.Events;
using Marten;

namespace Disputes.Audit.Trail;

// With Quick append a sequence number is taken inside the appending transaction, so a later number can be
// committed (and visible) before an earlier one: a gap that fills a moment later. A feed that served past
// it would make a consumer skip that event for ever. So the feed stops at a gap until it is older than
// GapTimeout (a rolled-back append leaves a gap that never fills) — the same rule Marten's async daemon
// uses for its high-water mark (StaleSequenceThreshold, 3 s by default). Ages are measured on the
// database's clock, which stamped the events, not the app's.
public static class SettledEvents
{
    public static readonly TimeSpan GapTimeout = TimeSpan.FromSeconds(3);

    public static async Task<IReadOnlyList<IEvent>> Prefix(IQuerySession session, IReadOnlyList<IEvent> ordered, long after, CancellationToken ct)
    {
        DateTimeOffset? now = null;
        var expected = after + 1;
        for (var i = 0; i < ordered.Count; i++)
        {
            var e = ordered[i];
            if (e.Sequence != expected)
            {
                now ??= (await session.QueryAsync<DateTimeOffset>("select now()", ct)).Single();
                if (now.Value - e.Timestamp < GapTimeout)
                    return ordered.Take(i).ToList();
            }
            expected = e.Sequence + 1;
        }
        return ordered;
    }
}
