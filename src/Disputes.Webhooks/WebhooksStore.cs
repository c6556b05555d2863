using Disputes.Projections.Store;
using Disputes.Webhooks.Outbox;
using JasperFx.Events.Projections;
using Marten;

namespace Disputes.Webhooks;

// Webhooks in the store: subscriptions and the outbox as plain tables, the outbox rows written like deadline rows so a
// notification exists if and only if its event does. The listener that wakes the dispatcher after a commit with events
// joins the store with the worker (AddLeasedWorker).
public sealed class WebhooksStore : IStoreModule
{
    public void Configure(StoreOptions options)
    {
        foreach (var table in WebhookTables.Define(options.DatabaseSchemaName))
            options.Storage.ExtendedSchemaObjects.Add(table);
        options.Projections.Add(new WebhookOutboxProjection(options.DatabaseSchemaName), ProjectionLifecycle.Inline);
    }
}
