using Disputes.Hosting.Tools;
using Disputes.Projections.Store;
using JasperFx;
using Marten;
using Weasel.Core;

namespace Disputes.Api.Tools.Verbs;

// Read-only with the app's own credentials: the patch is computed against the live catalog, so it is only
// valid for the database it was written from, and only until that database changes.
public sealed class SchemaPatch : IToolVerb
{
    public string Group => "schema";
    public string Name => "patch";
    public string Usage => "[--out file]";
    public string Summary => "The SQL that brings the configured database to this version's schema (nothing when it matches), for review or a DBA.";
    public bool UpdatesSchemaFirst => false;

    public async Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(0, "out");
        var store = services.GetRequiredService<IDocumentStore>();
        var migration = await store.Storage.Database.CreateMigrationAsync(ct);
        if (migration.Difference == SchemaPatchDifference.None)
        {
            await Console.Error.WriteLineAsync($"Schema \"{store.Options.DatabaseSchemaName}\" is up to date; no patch.");
            return 0;
        }
        var sql = new StringWriter();
        migration.WriteAllUpdates(sql, MartenInternals.Options(store).Advanced.Migrator, AutoCreate.CreateOrUpdate);
        var patch = sql.ToString();
        if (args.Option("out") is { } path)
            await File.WriteAllTextAsync(path, patch, new System.Text.UTF8Encoding(false), ct);
        else
            await output.WriteAsync(patch);
        await Console.Error.WriteLineAsync($"Patch for schema \"{store.Options.DatabaseSchemaName}\": {migration.Deltas.Count(d => d.Difference != SchemaPatchDifference.None)} objects to create or update.");
        return 0;
    }
}
