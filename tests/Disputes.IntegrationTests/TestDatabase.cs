using Disputes.IntegrationTests.Postgres;
using Npgsql;

namespace Disputes.IntegrationTests;

// The PostgreSQL database of every integration test: ConnectionStrings__Disputes when it is set (`./disputes test`
// and CI set it), otherwise a private server this test process starts on first use and deletes when it ends, so
// that `dotnet test` needs nothing but the PostgreSQL binaries. Plus the SQL the tests run on it directly.
public static class TestDatabase
{
    private const string Variable = "ConnectionStrings__Disputes";

    // Test classes run in parallel: the first to ask starts the server, the others wait for it. A failed start is
    // remembered, so every test reports the same reason instead of starting servers of its own.
    private static readonly Lazy<string> Connection = new(
        () => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? given : (privateCluster = PrivateCluster.Start()).ConnectionString,
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static PrivateCluster? privateCluster;

    public static string ConnectionString => Connection.Value;

    // After the last test (RunTeardown).
    internal static void StopPrivateCluster() => privateCluster?.Stop();

    public static Task DropSchema(string schema) => Execute($"drop schema if exists \"{schema}\" cascade");

    // $1, $2… are the arguments.
    public static async Task<int> Execute(string sql, params object[] args)
    {
        await using var connection = await Open();
        await using var command = Command(sql, connection, args);
        return await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> Scalar<T>(string sql, params object[] args)
    {
        await using var connection = await Open();
        await using var command = Command(sql, connection, args);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    // Each row as an array of its column values.
    public static async Task<List<object[]>> Rows(string sql, params object[] args)
    {
        await using var connection = await Open();
        await using var command = Command(sql, connection, args);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }
        return rows;
    }

    public static async Task<NpgsqlConnection> Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static NpgsqlCommand Command(string sql, NpgsqlConnection connection, object[] args)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var arg in args)
            command.Parameters.Add(new NpgsqlParameter { Value = arg });
        return command;
    }
}
