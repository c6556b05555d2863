using Disputes.Webhooks.Outbox;
using Marten;
using Npgsql;

namespace Disputes.Webhooks.Outbox;

// Plain SQL over the webhook tables, on connections from Marten's data source.
public sealed class WebhookDatabase(IDocumentStore store)
{
    private volatile bool storageReady;

    public string Schema { get; } = store.Options.DatabaseSchemaName;
    public string Outbox => WebhookOutboxTable.QualifiedName(Schema);
    public string Subscriptions => WebhookSubscriptionTable.QualifiedName(Schema);
    public string Events => $"\"{Schema}\".mt_events";

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
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

    // The tables are extended schema objects: Marten creates them with the first event it writes. The admin API
    // may create a subscription before that, so it asks Marten for that feature's migration itself (once per process,
    // under Marten's own migration lock). The dispatcher never migrates: before the first event there is nothing to
    // deliver, and two processes migrating one fresh schema at once trip over each other's DDL.
    public async Task EnsureStorageAsync(CancellationToken ct)
    {
        if (storageReady)
            return;
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(Marten.Storage.StorageFeatures), ct);
        storageReady = true;
    }

    // 42P01: the outbox does not exist yet, because no event has been written to this schema.
    public static bool IsMissingTable(Exception e) => e is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable };
}
