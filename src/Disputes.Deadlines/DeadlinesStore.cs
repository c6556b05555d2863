using Disputes.Deadlines.Rows;
using Disputes.Deadlines.Scheduling;
using Disputes.Projections.Store;
using JasperFx.Events.Projections;
using Marten;

namespace Disputes.Deadlines;

// Deadlines in the store: one row per running clock, written in the events' own transaction (so each event says which
// request caused it), and a listener that wakes this instance's scheduler when a commit schedules a clock sooner than
// it planned to look. Tools that only shape the schema build it without a listener.
public sealed class DeadlinesStore(DeadlineCommitListener? listener = null) : IStoreModule
{
    public void Configure(StoreOptions options)
    {
        options.Storage.ExtendedSchemaObjects.Add(DeadlineTable.Define(options.DatabaseSchemaName));
        options.Projections.Add(new DeadlineRowsProjection(options.DatabaseSchemaName), ProjectionLifecycle.Inline);
        if (listener is not null)
            options.Listeners.Add(listener);
    }
}
