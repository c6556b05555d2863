using Disputes.Hosting.Workers;
using Disputes.Projections.Store;
using Marten;

namespace Disputes.Webhooks.Outbox;

// Plain SQL over the webhook tables, on connections from Marten's data source.
public sealed class WebhookDatabase(IDocumentStore store) : StoreSql(store)
{
    private volatile bool storageReady;

    public string Outbox => WebhookOutboxTable.QualifiedName(Schema);
    public string Subscriptions => WebhookSubscriptionTable.QualifiedName(Schema);
    public string Events => MartenInternals.Events(Schema);

    // The tables are extended schema objects: Marten creates them with the first event it writes. The admin API
    // may create a subscription before that, so it asks Marten for that feature's migration itself (once per process,
    // under Marten's own migration lock). The dispatcher never migrates (LeasedTable says why).
    public async Task EnsureStorageAsync(CancellationToken ct)
    {
        if (storageReady)
            return;
        await Store.Storage.Database.EnsureStorageExistsAsync(typeof(Marten.Storage.StorageFeatures), ct);
        storageReady = true;
    }
}
