using JasperFx.Events;
using Marten;
using Marten.Events.Archiving;

namespace Disputes.Audit.ReplayCheck;

// Every stored event of every stream, archived ones included (they are history too), ordered by stream and version
// and consumed as it streams in: replay-check and what-if runs read the store this way, one stream in memory at a time.
public static class AllStoredEvents
{
    public static IAsyncEnumerable<IEvent> Read(IQuerySession session, CancellationToken ct) =>
        session.Events.QueryAllRawEvents()
            .Where(e => e.MaybeArchived())
            .OrderBy(e => e.StreamId)
            .ThenBy(e => e.Version)
            .ToAsyncEnumerable(ct);
}
