using Disputes.Deadlines.Rows;
using Disputes.Projections.Store;
using JasperFx.Events.Projections;
using Marten;

namespace Disputes.Deadlines;

// Deadlines in the store: one row per running clock, written in the events' own transaction (so each event says which
// request caused it). The listener that wakes the scheduler joins the store with the worker (AddLeasedWorker).
public sealed class DeadlinesStore : IStoreModule
{
    public void Configure(StoreOptions options)
    {
        options.Storage.ExtendedSchemaObjects.Add(DeadlineTable.Define(options.DatabaseSchemaName));
        options.Projections.Add(new DeadlineRowsProjection(options.DatabaseSchemaName), ProjectionLifecycle.Inline);
    }
}
