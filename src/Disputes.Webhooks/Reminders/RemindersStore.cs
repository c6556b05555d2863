using Disputes.Projections.Store;
using JasperFx.Events.Projections;
using Marten;

namespace Disputes.Webhooks.Reminders;

// The reminder rows in the store, written with the deadline events. With reminders off (LeadTimes "none") the table
// still exists, so turning them on later needs no migration; it just stays empty.
public sealed class RemindersStore(ReminderOptions options) : IStoreModule
{
    public void Configure(StoreOptions store)
    {
        store.Storage.ExtendedSchemaObjects.Add(ReminderTable.Define(store.DatabaseSchemaName));
        store.Projections.Add(new ReminderRowsProjection(store.DatabaseSchemaName, options.Leads), ProjectionLifecycle.Inline);
    }
}
