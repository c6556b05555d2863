using Disputes.EvidenceFiles.Retention;
using Disputes.EvidenceFiles.Storage;
using JasperFx.Events.Projections;
using Disputes.Projections.Store;
using Marten;

namespace Disputes.EvidenceFiles;

// Evidence files in the store: plain tables (EvidenceTables) that `schema apply` and AutoCreate create with the rest,
// and the inline projection that keeps which dispute holds which bytes and deletes them when their retention ends.
public sealed class EvidenceStore : IStoreModule
{
    public void Configure(StoreOptions options)
    {
        foreach (var table in EvidenceTables.Define(options.DatabaseSchemaName))
            options.Storage.ExtendedSchemaObjects.Add(table);
        options.Projections.Add(new HeldFileReferences(options.DatabaseSchemaName), ProjectionLifecycle.Inline);
    }
}
