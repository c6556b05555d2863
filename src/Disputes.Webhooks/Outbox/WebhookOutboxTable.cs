using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Disputes.Webhooks.Outbox;

// The transactional outbox: one row per (committed event, subscription that wanted it) until it is delivered
// (then the row is deleted) or dead-lettered (then it stays, blocking its dispute's later rows, until an admin
// redelivers it). Every column the dispatcher filters on is a real column, so claiming is one SQL statement.
public static class WebhookOutboxTable
{
    public const string Name = "webhook_outbox";

    public const string Pending = "pending";
    public const string Dead = "dead";

    public static string QualifiedName(string schema) => $"\"{schema}\".{Name}";

    public static Table Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General));
        // The Disputes-Webhook-Id header: the same on every attempt at this notification.
        table.AddColumn<Guid>("id").AsPrimaryKey();
        // No foreign key: deleting a subscription deletes its rows in the same transaction (WebhookSubscriptions),
        // and the projection locks the subscriptions it matched, so no row can outlive its subscription.
        table.AddColumn<Guid>("subscription_id").NotNull();
        table.AddColumn<Guid>("dispute_id").NotNull();
        table.AddColumn<Guid>("event_id").NotNull();
        table.AddColumn<string>("event_type").NotNull();
        table.AddColumn<long>("stream_version").NotNull();
        // Marten's global sequence: the key into mt_events for the event's data, and the fair order across disputes.
        table.AddColumn<long>("sequence").NotNull();
        table.AddColumn<string>("status").NotNull().DefaultValueByExpression($"'{Pending}'");
        table.AddColumn<int>("attempts").NotNull().DefaultValueByExpression("0");
        // Null: due as soon as its turn comes. Persisted so a retry schedule survives restarts.
        table.AddColumn("next_attempt_at", "timestamptz");
        // Lease, as for deadlines: a claim hides the row until claimed_until, so a crashed claimer's rows come back.
        table.AddColumn("claimed_until", "timestamptz");
        table.AddColumn<Guid>("claim_token");
        table.AddColumn<string>("claimed_by");
        table.AddColumn("last_attempt_at", "timestamptz");
        table.AddColumn<int>("last_status");
        table.AddColumn<string>("last_error");
        table.AddColumn("dead_at", "timestamptz");
        // The body's data for a notification that is not an event (DeadlineApproaching); null: the event's stored JSON.
        table.AddColumn("payload", "jsonb");
        // One row per event per subscription, whatever replays the projection.
        table.Indexes.Add(new IndexDefinition($"ux_{Name}_subscription_event") { Columns = ["subscription_id", "event_id"], IsUnique = true });
        // "Is there an older row of this (subscription, dispute)?" — the ordering rule, asked for every candidate.
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_pair_version") { Columns = ["subscription_id", "dispute_id", "stream_version"] });
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_pending_sequence") { Columns = ["sequence"], Predicate = $"status = '{Pending}'" });
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_dead") { Columns = ["dead_at"], Predicate = $"status = '{Dead}'" });
        return table;
    }
}
