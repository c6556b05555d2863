using Disputes.Domain;
using Disputes.Projections.Rebuilding;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Disputes.Deadlines.Rows;

// Inline, so a deadline row is written, replaced or removed in the very transaction that appends the
// DeadlineScheduled/Cancelled/Expired fact: no clock exists only in memory, and none outlives its state.
// Queued SQL rather than a document so the row stays a plain table the scheduler can claim with SKIP LOCKED.
// Partial with public methods for Marten 9's source-generated dispatch.
public partial class DeadlineRowsProjection : EventProjection, IForgetsDisputes
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

    public void Forget(IDocumentOperations operations, Guid[] disputeIds) =>
        operations.QueueSqlCommand($"delete from {table} where dispute_id = any(?)", disputeIds);

    // Matched on the instant too, so a removal can never take a clock scheduled after it.
    private void Remove(IDocumentOperations operations, Guid disputeId, DeadlineKind kind, NodaTime.Instant dueAt) =>
        operations.QueueSqlCommand(
            $"delete from {table} where dispute_id = ? and kind = ? and due_ns = ?",
            disputeId, kind.ToString(), DeadlineTable.Nanoseconds(dueAt));
}
