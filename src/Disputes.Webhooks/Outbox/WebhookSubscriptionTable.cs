using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Disputes.Webhooks.Outbox;

// Who wants which events, where. A plain table rather than a Marten document because the outbox projection
// selects matching subscriptions in SQL, inside the transaction that appends the events.
public static class WebhookSubscriptionTable
{
    public const string Name = "webhook_subscriptions";

    // In event_types, a subscription to every event type.
    public const string AllEvents = "*";

    public static string QualifiedName(string schema) => $"\"{schema}\".{Name}";

    public static Table Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn<string>("url").NotNull();
        // Needed in clear to sign every delivery; never returned after creation and never logged.
        table.AddColumn<string>("secret").NotNull();
        table.AddColumn("event_types", "text[]").NotNull();
        table.AddColumn<string>("description");
        // Paused subscriptions keep collecting notifications; the dispatcher only skips them.
        table.AddColumn("paused_at", "timestamptz");
        table.AddColumn("created_at", "timestamptz").NotNull();
        table.AddColumn<string>("created_by").NotNull();
        // A retried create with the same Idempotency-Key finds the subscription it made the first time.
        table.AddColumn<string>("idempotency_key");
        table.Indexes.Add(new IndexDefinition($"ux_{Name}_idempotency_key") { Columns = ["idempotency_key"], IsUnique = true, Predicate = "idempotency_key is not null" });
        return table;
    }
}
