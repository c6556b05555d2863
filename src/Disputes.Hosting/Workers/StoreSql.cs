using Disputes.Projections.Store;
using Marten;
using Npgsql;

namespace Disputes.Hosting.Workers;

// Plain SQL beside Marten, on connections from its data source (its pool, timeouts and logging), with PostgreSQL's
// positional parameters ($1, $2 …; a null argument is NULL).
public class StoreSql(IDocumentStore store)
{
    protected IDocumentStore Store => store;

    public string Schema { get; } = store.Options.DatabaseSchemaName;

    // AutoCreate on (development, tests): Marten creates a table with the first write that needs it. Off (production):
    // `schema apply` created every table before the instance was let start.
    public bool CreatesSchemaLazily { get; } = MartenInternals.Options(store).AutoCreateSchemaObjects != JasperFx.AutoCreate.None;

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

    public async Task<int> Execute(string sql, CancellationToken ct, params object?[] args)
    {
        await using var connection = await OpenAsync(ct);
        return await Execute(connection, null, sql, ct, args);
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
}
