using Disputes.Projections.Store;
using JasperFx;
using Marten;

namespace Disputes.Api.Schema;

// In Production the app never changes the schema, so it must not start on one it does not match: the first
// command would fail halfway through a release instead of at deploy time, where the fix is one command.
public static class SchemaGate
{
    public static async Task<string?> Refusal(IServiceProvider services, CancellationToken ct = default)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        if (MartenInternals.Options(store).AutoCreateSchemaObjects != AutoCreate.None)
            return null;
        var drift = await SchemaDrift.Detect(store, ct);
        return drift.None
            ? null
            : $"The database schema \"{drift.Schema}\" does not match this version of Disputes ({drift.Objects.Count} objects to create or update: " +
              $"{drift.Describe()}). Apply the migration first: `dotnet Disputes.Api.dll schema apply` " +
              $"(with ConnectionStrings__{SchemaSettings.MigrationsConnection}), or review it with `schema patch --out patch.sql`.";
    }
}
