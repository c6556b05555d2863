using Disputes.Domain;
using Disputes.Projections.Rebuilding;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using NpgsqlTypes;

namespace Disputes.Deadlines.Rows;

// Inline, so a deadline row is written, replaced or removed in the very transaction that appends the
// DeadlineScheduled/Cancelled/Expired fact: no clock exists only in memory, and none outlives its state.
// Queued SQL rather than a document so the row stays a plain table the scheduler can claim with SKIP LOCKED.
// Partial with public methods for Marten 9's source-generated dispatch.
public partial class DeadlineRowsProjection : EventProjection, IRebuildsPerDispute
{
    private readonly string table;

    public DeadlineRowsProjection(string schema)
    {
        table = DeadlineTable.QualifiedName(schema);
        Name = "deadlines";
    }

    // A new clock of a kind replaces the running one and any claim on it: the old instant is stale.
    // DateTimeOffset: Marten types a queued DateTime parameter as timestamp without time zone.
    public void Project(IEvent<DeadlineScheduled> e, IDocumentOperations operations)
    {
        var s = e.Data;
        operations.QueueSqlCommand(
            $"""
             insert into {table} (dispute_id, kind, due_at, due_ns, rule, stream_version, attempts)
             values (?, ?, ?, ?, ?, ?, 0)
             on conflict (dispute_id, kind) do update set
               due_at = excluded.due_at, due_ns = excluded.due_ns, rule = excluded.rule, stream_version = excluded.stream_version,
               claimed_until = null, claim_token = null, claimed_by = null, attempts = 0, last_error = null
             """,
            s.DisputeId, s.Kind.ToString(), s.DueAt.ToDateTimeOffset(), DeadlineTable.Nanoseconds(s.DueAt), s.Rule, e.Version);
    }

    public void Project(DeadlineCancelled c, IDocumentOperations operations) => Remove(operations, c.DisputeId, c.Kind, c.DueAt);

    public void Project(DeadlineExpired x, IDocumentOperations operations) => Remove(operations, x.DisputeId, x.Kind, x.DueAt);

    // Matched on the instant too, so a removal can never take a clock scheduled after it.
    private void Remove(IDocumentOperations operations, Guid disputeId, DeadlineKind kind, NodaTime.Instant dueAt) =>
        operations.QueueSqlCommand(
            $"delete from {table} where dispute_id = ? and kind = ? and due_ns = ?",
            disputeId, kind.ToString(), DeadlineTable.Nanoseconds(dueAt));

    // The rows the methods above leave after the batch's whole histories, copied in at once instead of a statement
    // per event: each clock's last scheduling, unless a removal of that very instant came after it.
    public async Task Replace(RebuildBatch batch, CancellationToken ct)
    {
        var rows = new Dictionary<(Guid Dispute, DeadlineKind Kind), (DeadlineScheduled Clock, long Version)>();
        foreach (var e in batch.Histories.SelectMany(h => h.Events))
        {
            switch (e.Data)
            {
                case DeadlineScheduled s:
                    rows[(s.DisputeId, s.Kind)] = (s, e.Version);
                    break;
                case DeadlineCancelled c:
                    Removed(rows, c.DisputeId, c.Kind, c.DueAt);
                    break;
                case DeadlineExpired x:
                    Removed(rows, x.DisputeId, x.Kind, x.DueAt);
                    break;
            }
        }

        await batch.Execute($"delete from {table} where dispute_id = any($1)", ct);
        await batch.Copy(table, ["dispute_id", "kind", "due_at", "due_ns", "rule", "stream_version"], rows.Values, (row, r) =>
        {
            row.Write(r.Clock.DisputeId, NpgsqlDbType.Uuid);
            row.Write(r.Clock.Kind.ToString(), NpgsqlDbType.Varchar);
            row.Write(r.Clock.DueAt.ToDateTimeOffset(), NpgsqlDbType.TimestampTz);
            row.Write(DeadlineTable.Nanoseconds(r.Clock.DueAt), NpgsqlDbType.Bigint);
            row.Write(r.Clock.Rule, NpgsqlDbType.Varchar);
            row.Write(r.Version, NpgsqlDbType.Bigint);
        }, ct);
    }

    private static void Removed(Dictionary<(Guid, DeadlineKind), (DeadlineScheduled Clock, long Version)> rows, Guid disputeId, DeadlineKind kind, NodaTime.Instant dueAt)
    {
        if (rows.TryGetValue((disputeId, kind), out var row) && DeadlineTable.Nanoseconds(row.Clock.DueAt) == DeadlineTable.Nanoseconds(dueAt))
            rows.Remove((disputeId, kind));
    }
}
