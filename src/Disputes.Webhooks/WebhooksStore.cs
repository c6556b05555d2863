using Disputes.Projections.Store;
using Disputes.Webhooks.Delivery;
using Disputes.Webhooks.Outbox;
using JasperFx.Events.Projections;
using Marten;

namespace Disputes.Webhooks;

// Webhooks in the store: subscriptions and the outbox as plain tables, the outbox rows written like deadline rows so a
// notification exists if and only if its event does, and a listener that wakes this instance's dispatcher after a
// commit with events.
public sealed class WebhooksStore(WebhookCommitListener? listener = null) : IStoreModule
{
    public void Configure(StoreOptions options)
    {
        foreach (var table in WebhookTables.Define(options.DatabaseSchemaName))
            options.Storage.ExtendedSchemaObjects.Add(table);
        options.Projections.Add(new WebhookOutboxProjection(options.DatabaseSchemaName), ProjectionLifecycle.Inline);
        if (listener is not null)
            options.Listeners.Add(listener);
    }
}
