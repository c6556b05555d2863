using Disputes.Projections.Store;
using JasperFx.Events.Projections;
using Marten;
using NodaTime;
using Npgsql;

namespace Disputes.Statistics.Daemon;

// Where one progression row stands: its last sequence, when that last changed (Marten stamps last_updated only
// when the row moves), and when the oldest event it has not reached yet was appended.
public sealed record ShardProgress(string Name, long Position, Instant? LastMovedAt, Instant? PendingSince);

// The async daemon's progress as the shared database records it (mt_event_progression), not as one instance
// sees it: in hot/cold only one instance runs each shard, and every instance must judge the same facts.
public sealed record ProgressSnapshot(Instant Now, long NewestSequence, ShardProgress HighWaterMark, IReadOnlyList<ShardProgress> Shards)
{
    // The registered async shards ("SellerScorecard:All" and so on) and the daemon's own high-water mark row.
    public static IReadOnlyList<string> ShardNames(IDocumentStore store) =>
        MartenInternals.Options(store).Projections.AllShards().Select(s => s.Name.Identity).Order(StringComparer.Ordinal).ToList();

    public static async Task<ProgressSnapshot> ReadAsync(IDocumentStore store, CancellationToken ct)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        var names = new List<string> { ShardState.HighWaterMark };
        names.AddRange(ShardNames(store));

        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        // The database's clock for every instant compared here, so instances with skewed clocks agree. The first
        // pending event is found by the seq_id primary key, whatever the size of the table.
        await using var command = new NpgsqlCommand(
            $"""
             select n.name, coalesce(p.last_seq_id, 0), p.last_updated,
                    (select e.timestamp from {MartenInternals.Events(schema)} e where e.seq_id > coalesce(p.last_seq_id, 0) order by e.seq_id limit 1),
                    now(), (select coalesce(max(seq_id), 0) from {MartenInternals.Events(schema)})
             from unnest(@names) with ordinality as n(name, position)
             left join {MartenInternals.Progression(schema)} p on p.name = n.name
             order by n.position
             """, connection);
        command.Parameters.AddWithValue("names", names.ToArray());

        var rows = new List<ShardProgress>();
        Instant now = default;
        long newest = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new ShardProgress(reader.GetString(0), reader.GetInt64(1), OptionalInstant(reader, 2), OptionalInstant(reader, 3)));
            now = Instant.FromDateTimeUtc(reader.GetDateTime(4));
            newest = reader.GetInt64(5);
        }
        return new ProgressSnapshot(now, newest, rows[0], rows[1..]);
    }

    private static Instant? OptionalInstant(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Instant.FromDateTimeUtc(reader.GetDateTime(ordinal));
}
