using Disputes.Projections.Store;
using JasperFx.Events;
using Marten;
using Npgsql;

namespace Disputes.Projections.Rebuilding;

// A batch's histories in one lean query: the four columns a projection reads, each payload deserialized by Marten's
// own serializer as the type its stored name maps to. Marten's event query selects every column and builds a
// full event with its headers for each row, which a rebuild never looks at. Like that query, archived events are
// left out. A batch with an event stored under any other name (an older name an upcaster reads, Marten's
// tombstones) is left to Marten's query, which knows every mapping.
public sealed class StoredHistories
{
    private readonly IDocumentStore store;
    private readonly string sql;
    private readonly Dictionary<string, Type> types;

    public StoredHistories(IDocumentStore store)
    {
        this.store = store;
        sql = $"select stream_id, version, type, data from {MartenInternals.Events(store.Options.Events.DatabaseSchemaName)} "
            + "where stream_id = any($1) and is_archived = false order by stream_id, version";
        var events = MartenInternals.EventGraph(store);
        // A name two types share is left out: which one it reads as is Marten's to decide.
        types = DisputeEventTypes.All()
            .Select(t => (Name: events.EventMappingFor(t).EventTypeName, Type: t))
            .GroupBy(m => m.Name).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Type);
    }

    // Null when some event is not of a plainly mapped type; the caller then reads through Marten.
    public async Task<IReadOnlyList<DisputeHistory>?> Read(NpgsqlConnection connection, Guid[] ids, CancellationToken ct)
    {
        var serializer = store.Options.Serializer();
        var histories = new List<DisputeHistory>(ids.Length);
        var current = Guid.Empty;
        List<StoredEvent>? events = null;
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = ids } } };
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var stream = reader.GetGuid(0);
            var version = reader.GetInt64(1);
            if (!types.TryGetValue(reader.GetString(2), out var type))
                return null;
            var data = serializer.FromJson(type, reader, 3);
            if (events is null || stream != current)
            {
                events = [];
                histories.Add(new DisputeHistory(stream, events));
                current = stream;
            }
            events.Add(new StoredEvent(version, data));
        }
        return histories;
    }

    // Marten's reading, for a batch the lean query cannot read.
    public static async Task<IReadOnlyList<DisputeHistory>> ReadThroughMarten(IQuerySession session, Guid[] ids, CancellationToken ct)
    {
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(ids))
            .OrderBy(e => e.StreamId).ThenBy(e => e.Version)
            .ToListAsync(ct);
        return events.GroupBy(e => e.StreamId)
            .Select(g => new DisputeHistory(g.Key, g.Select(e => new StoredEvent(e.Version, e.Data)).ToList()))
            .ToList();
    }
}
