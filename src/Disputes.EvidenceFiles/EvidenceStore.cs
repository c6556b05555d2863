using Disputes.EvidenceFiles.Storage;
using Disputes.Projections.Store;
using Marten;

namespace Disputes.EvidenceFiles;

// Evidence files in the store: plain tables (EvidenceTables) that `schema apply` and AutoCreate create with the rest.
public sealed class EvidenceStore : IStoreModule
{
    public void Configure(StoreOptions options)
    {
        foreach (var table in EvidenceTables.Define(options.DatabaseSchemaName))
            options.Storage.ExtendedSchemaObjects.Add(table);
    }
}
