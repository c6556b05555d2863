using Disputes.Audit.Checkpoints;
using Disputes.Audit.Integrity;
using Disputes.Projections.Store;
using JasperFx.Events.Projections;
using Marten;

namespace Disputes.Audit;

// Tamper evidence in the store: the trigger that hashes and chains every appended event in the database (so no append
// path can skip it), and the table of signed checkpoints that anchor the chains outside it.
public sealed class AuditStore : IStoreModule
{
    public void Configure(StoreOptions options)
    {
        options.Projections.Add(new HashChainSchema(), ProjectionLifecycle.Inline);
        options.Storage.ExtendedSchemaObjects.Add(CheckpointTable.Define(options.DatabaseSchemaName));
    }
}
