using Disputes.Projections.Webhooks;
using Marten;
using Npgsql;
using Weasel.Postgresql;

namespace Disputes.Api.Webhooks;

// Plain SQL over the webhook tables, on connections from Marten's data source.
public sealed class WebhookDatabase(IDocumentStore store)
{
    private readonly SemaphoreSlim migrating = new(1, 1);
    private volatile bool storageReady;

    public string Schema { get; } = store.Options.DatabaseSchemaName;
    public string Outbox => WebhookOutboxTable.QualifiedName(Schema);
    public string Subscriptions => WebhookSubscriptionTable.QualifiedName(Schema);
    public string Events => $"\"{Schema}\".mt_events";

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        await EnsureStorage(ct);
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        return connection;
    }

    public async Task<List<T>> Query<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct, params object?[] args)
    {
        await using var connection = await OpenAsync(ct);
        return await Query(connection, null, sql, read, ct, args);
    }

    public static async Task<List<T>> Query<T>(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct, params object?[] args)
    {
        await using var command = Command(connection, transaction, sql, args);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var result = new List<T>();
        while (await reader.ReadAsync(ct))
            result.Add(read(reader));
        return result;
    }

    public async Task<int> Execute(string sql, CancellationToken ct, params object?[] args)
    {
        await using var connection = await OpenAsync(ct);
        return await Execute(connection, null, sql, ct, args);
    }

    public static async Task<int> Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken ct, params object?[] args)
    {
        await using var command = Command(connection, transaction, sql, args);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, object?[] args)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var arg in args)
            command.Parameters.Add(new NpgsqlParameter { Value = arg ?? DBNull.Value });
        return command;
    }

    // Marten creates the tables (extended schema objects) with the first event it writes; subscriptions may be
    // created and the dispatcher may look before that, so both tables are migrated here too, once per process
    // (idempotent: create if missing, update if different; a racing instance fails once and retries).
    private async Task EnsureStorage(CancellationToken ct)
    {
        if (storageReady)
            return;
        await migrating.WaitAsync(ct);
        try
        {
            if (storageReady)
                return;
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(ct);
            await using (var schema = new NpgsqlCommand($"create schema if not exists \"{Schema}\"", connection))
                await schema.ExecuteNonQueryAsync(ct);
            foreach (var table in WebhookTables.Define(Schema))
                await table.MigrateAsync(connection, ct);
            storageReady = true;
        }
        finally
        {
            migrating.Release();
        }
    }
}
