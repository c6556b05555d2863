using Marten;
using Npgsql;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Disputes.Statistics.Daemon;

// A request, in the database every instance shares, that the async daemons stand down: each instance's watcher
// stops its daemon (which releases the hot/cold shard locks) while the request stands, and starts it again when
// the request is withdrawn or expires. That is how a rebuild takes the shards from running instances without a
// restart; the expiry means a rebuild that dies holding the request cannot stop the statistics for good.
public static class DaemonPause
{
    public const string Table = "projection_daemon_pause";

    public static Table Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Table, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<int>("id").AsPrimaryKey();
        table.AddColumn<string>("requested_by").NotNull();
        table.AddColumn("until", "timestamptz").NotNull();
        return table;
    }

    public static Task RequestAsync(IDocumentStore store, string by, TimeSpan @for, CancellationToken ct) =>
        Execute(store, $"""
            insert into {Qualified(store)} (id, requested_by, until) values (1, @by, now() + @for)
            on conflict (id) do update set requested_by = excluded.requested_by, until = excluded.until
            """, ct, ("by", by), ("for", @for));

    public static Task WithdrawAsync(IDocumentStore store, CancellationToken ct) =>
        Execute(store, $"delete from {Qualified(store)}", ct);

    // A schema without the table has never been asked to pause.
    public static async Task<bool> IsRequestedAsync(IDocumentStore store, CancellationToken ct)
    {
        try
        {
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand($"select exists (select 1 from {Qualified(store)} where until > now())", connection);
            return (bool)(await command.ExecuteScalarAsync(ct))!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return false;
        }
    }

    private static string Qualified(IDocumentStore store) => $"\"{store.Options.Events.DatabaseSchemaName}\".{Table}";

    private static async Task Execute(IDocumentStore store, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync(ct);
    }
}
