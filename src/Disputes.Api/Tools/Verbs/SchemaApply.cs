using Disputes.Api.Composition;
using Disputes.Api.Schema;
using Disputes.Hosting.Settings;
using Disputes.Hosting.Tools;
using Disputes.Hosting.Workers;
using Disputes.Projections;
using Disputes.Projections.Store;
using JasperFx;
using Marten;
using Npgsql;

namespace Disputes.Api.Tools.Verbs;

// The only writer of the schema outside development. It connects with ConnectionStrings:DisputesMigrations, a
// role that may create and alter objects, so the app's own role can be limited to reading and writing rows.
public sealed class SchemaApply : IToolVerb
{
    public string Group => "schema";
    public string Name => "apply";
    public string Usage => "[--patch file]";
    public string Summary => "Brings the schema up to date with ConnectionStrings:DisputesMigrations (a reviewed --patch file, or the computed changes); exit 1 if it still differs.";
    public bool UpdatesSchemaFirst => false;

    public async Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(0, "patch");
        var config = services.GetRequiredService<IConfiguration>();
        var connectionString = config.GetConnectionString(SchemaSettings.MigrationsConnection) is { Length: > 0 } privileged ? privileged
            : config.GetConnectionString("Disputes") is { Length: > 0 } app ? Warn(app)
            : throw new StartupConfigurationException($"ConnectionStrings:{SchemaSettings.MigrationsConnection} (env ConnectionStrings__{SchemaSettings.MigrationsConnection}) is not set.");
        var schema = StoreServices.SchemaName(config);

        using var store = DocumentStore.For(o => MartenSetup.Configure(o, connectionString, schema, services.GetServices<IStoreModule>(), AutoCreate.CreateOrUpdate));
        var before = await SchemaDrift.Detect(store, ct);
        if (args.Option("patch") is { } path)
            await ApplyFile(connectionString, await File.ReadAllTextAsync(path, ct), ct);
        else if (!before.None)
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var after = await SchemaDrift.Detect(store, ct);
        if (!after.None)
        {
            await output.WriteLineAsync($"schema \"{schema}\" still differs in {after.Objects.Count} objects: {after.Describe(int.MaxValue)}");
            return 1;
        }
        await output.WriteLineAsync(before.None
            ? $"schema \"{schema}\" was already up to date"
            : $"schema \"{schema}\" updated: {before.Describe(int.MaxValue)}");
        return 0;
    }

    private static string Warn(string appConnection)
    {
        Console.Error.WriteLine($"warning: ConnectionStrings:{SchemaSettings.MigrationsConnection} is not set; migrating with the app's own connection.");
        return appConnection;
    }

    // One transaction: a patch that fails halfway leaves the schema as it was.
    private static async Task ApplyFile(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
            await command.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
