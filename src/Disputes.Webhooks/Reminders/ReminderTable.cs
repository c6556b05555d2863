using NodaTime;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Disputes.Webhooks.Reminders;

// Reminders still to send: one row per (running clock, lead time) whose reminder instant lies ahead. A plain table so
// the worker can take due rows with FOR UPDATE SKIP LOCKED; a row leaves it in the transaction that queues its
// notifications, or in the one that ends or moves its clock.
public static class ReminderTable
{
    public const string Name = "deadline_reminders";

    public static string QualifiedName(string schema) => $"\"{schema}\".{Name}";

    public static long Nanoseconds(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    public static Instant FromNanoseconds(long ns) => NodaConstants.UnixEpoch + Duration.FromNanoseconds(ns);

    public static Table Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("dispute_id").AsPrimaryKey();
        table.AddColumn<string>("kind").AsPrimaryKey();
        table.AddColumn<long>("lead_ns").AsPrimaryKey();
        // The clock's exact due instant, as in dispute_deadlines: the reminder is for this run of the clock only.
        table.AddColumn<long>("due_ns").NotNull();
        table.AddColumn("remind_at", "timestamptz").NotNull();
        table.AddColumn<long>("remind_ns").NotNull();
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_remind_at") { Columns = ["remind_at"] });
        return table;
    }
}
