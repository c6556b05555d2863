using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Disputes.Deadlines.Rows;

// The scheduler's work list: one row per running clock of a dispute (a dispute runs at most one clock per
// kind, so (dispute_id, kind) is the key). A plain table rather than a Marten document because claiming
// is SQL (FOR UPDATE SKIP LOCKED plus a lease) and every column it filters on is a real, indexed column.
public static class DeadlineTable
{
    public static long Nanoseconds(NodaTime.Instant instant) => (instant - NodaTime.NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    public static NodaTime.Instant FromNanoseconds(long ns) => NodaTime.NodaConstants.UnixEpoch + NodaTime.Duration.FromNanoseconds(ns);

    public const string Name = "dispute_deadlines";

    public static string QualifiedName(string schema) => $"\"{schema}\".{Name}";

    public static Table Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("dispute_id").AsPrimaryKey();
        table.AddColumn<string>("kind").AsPrimaryKey();
        table.AddColumn("due_at", "timestamptz").NotNull();
        // The exact instant (nanoseconds since the epoch): timestamptz keeps microseconds, and an expiry for
        // a rounded instant would be stale to the decider, which compares instants exactly.
        table.AddColumn<long>("due_ns").NotNull();
        table.AddColumn<string>("rule").NotNull();
        // The stream version of the DeadlineScheduled event, so an operator can find the fact behind a row.
        table.AddColumn<long>("stream_version");
        // Lease: a claimed row is invisible to other claimers until claimed_until, so a crashed claimer's
        // rows come back by themselves; claim_token tells the claimer its lease was not taken over.
        table.AddColumn("claimed_until", "timestamptz");
        table.AddColumn<Guid>("claim_token");
        table.AddColumn<string>("claimed_by");
        table.AddColumn<int>("attempts").NotNull().DefaultValueByExpression("0");
        table.AddColumn<string>("last_error");
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_due_at") { Columns = ["due_at"] });
        // Few rows are ever claimed at once; this keeps "when does the next lease run out" an index lookup.
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_claimed_until") { Columns = ["claimed_until"], Predicate = "claimed_until is not null" });
        return table;
    }
}
