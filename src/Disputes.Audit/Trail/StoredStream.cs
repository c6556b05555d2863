using Disputes.Projections.Store;
using JasperFx.Events;
using Marten;
using Marten.Events.Archiving;

namespace Disputes.Audit.Trail;

// Every stored event of one dispute in version order, archived ones included. Marten's own stream reads leave
// archived events out, and an audit read must never skip a stored event: it serves them marked archived, and
// verification reports them (ArchivedEvent). Marten's tombstones never sit in a dispute's stream.
public static class StoredStream
{
    public static async Task<IReadOnlyList<IEvent>> Read(IQuerySession session, Guid disputeId, long fromVersion, long toVersion, int limit, CancellationToken ct) =>
        await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId == disputeId && e.Version >= fromVersion && e.Version <= toVersion && e.MaybeArchived())
            .OrderBy(e => e.Version)
            .Take(limit)
            .ToListAsync(ct);

    public static Task<IReadOnlyList<IEvent>> Read(IQuerySession session, Guid disputeId, long toVersion, CancellationToken ct) =>
        Read(session, disputeId, 1, toVersion, int.MaxValue, ct);

    // The highest version stored under the dispute's id, whatever its stream row says (it may disagree, or be gone).
    public static async Task<long?> HighestVersion(IQuerySession session, Guid disputeId, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var highest = await session.AdvancedSql.QueryAsync<long>(
            $"select coalesce(max(version), 0) from {MartenInternals.Events(schema)} where stream_id = ?", ct, disputeId);
        return highest.Single() is > 0 and var version ? version : null;
    }
}
