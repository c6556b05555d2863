using Disputes.Projections.Store;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;

namespace Disputes.Statistics.Daemon;

// The advisory locks under which Marten's hot/cold daemon leads each async shard (one lock per schema and shard,
// ProjectionLockIds). While something else holds them, no instance's daemon starts those shards; if an instance
// holds one, it is running that shard right now. A rebuild beside running API instances takes them first, so the
// daemon it builds is the only writer of those documents and progression rows until it lets go.
public sealed class ShardLocks : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly IReadOnlyList<long> ids;

    private ShardLocks(NpgsqlConnection connection, IReadOnlyList<long> ids)
    {
        this.connection = connection;
        this.ids = ids;
    }

    // Null when an instance holds any of them (its daemon is running that projection: stop it or wait).
    public static async Task<ShardLocks?> TryTakeAsync(IDocumentStore store, IReadOnlyCollection<string> projectionNames, CancellationToken ct)
    {
        var options = MartenInternals.Options(store);
        var wanted = options.Projections.AllShards()
            .Where(s => projectionNames.Contains(s.Name.Name))
            .Select(s => MartenInternals.ShardLock(options, s.Name))
            .ToList();

        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        var taken = new List<long>();
        foreach (var id in wanted)
        {
            await using var command = new NpgsqlCommand("select pg_try_advisory_lock(@id)", connection);
            command.Parameters.AddWithValue("id", id);
            if ((bool)(await command.ExecuteScalarAsync(ct))!)
            {
                taken.Add(id);
                continue;
            }
            await new ShardLocks(connection, taken).DisposeAsync();
            return null;
        }
        return new ShardLocks(connection, taken);
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the session would release them too; unlocking first keeps a pooled connection clean.
        foreach (var id in ids)
        {
            await using var command = new NpgsqlCommand("select pg_advisory_unlock(@id)", connection);
            command.Parameters.AddWithValue("id", id);
            await command.ExecuteScalarAsync();
        }
        await connection.DisposeAsync();
    }
}
