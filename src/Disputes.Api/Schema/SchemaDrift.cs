using Marten;
using Weasel.Core;

namespace Disputes.Api.Schema;

// What the configured database lacks compared with what this version of the app expects: Marten's tables and
// functions, the deadline table and the hash-chain trigger (all of them are in the store's configuration).
public sealed record SchemaDrift(string Schema, IReadOnlyList<string> Objects)
{
    public bool None => Objects.Count == 0;

    public static async Task<SchemaDrift> Detect(IDocumentStore store, CancellationToken ct = default)
    {
        var migration = await store.Storage.Database.CreateMigrationAsync(ct);
        var objects = migration.Difference == SchemaPatchDifference.None
            ? []
            : migration.Deltas.Where(d => d.Difference != SchemaPatchDifference.None)
                .Select(d => $"{d.SchemaObject.Identifier.QualifiedName} ({d.Difference.ToString().ToLowerInvariant()})")
                .ToList();
        return new SchemaDrift(store.Options.DatabaseSchemaName, objects);
    }

    public string Describe(int max = 5) =>
        string.Join(", ", Objects.Take(max)) + (Objects.Count > max ? $" and {Objects.Count - max} more" : "");
}
