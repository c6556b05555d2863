using Disputes.Domain;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Disputes.Projections.Deadlines;

// Inline, so a deadline row is written, replaced or removed in the very transaction that appends the
// DeadlineScheduled/Cancelled/Expired fact: no clock exists only in memory, and none outlives its state.
// Queued SQL rather than a document so the row stays a plain table the scheduler can claim with SKIP LOCKED.
public sealed class DeadlineRowsProjection(string schema) : IProjection
{
    private readonly string table = DeadlineTable.QualifiedName(schema);

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        // DateTimeOffset: Marten types a queued DateTime parameter as timestamp without time zone.
        foreach (var e in events)
        {
            switch (e.Data)
            {
                // A new clock of a kind replaces the running one and any claim on it: the old instant is stale.
                case DeadlineScheduled s:
                    operations.QueueSqlCommand(
                        $"""
                         insert into {table} (dispute_id, kind, due_at, due_ns, rule, stream_version, attempts)
                         values (?, ?, ?, ?, ?, ?, 0)
                         on conflict (dispute_id, kind) do update set
                           due_at = excluded.due_at, due_ns = excluded.due_ns, rule = excluded.rule, stream_version = excluded.stream_version,
                           claimed_until = null, claim_token = null, claimed_by = null, attempts = 0, last_error = null
                         """,
                        s.DisputeId, s.Kind.ToString(), s.DueAt.ToDateTimeOffset(), DeadlineTable.Nanoseconds(s.DueAt), s.Rule, e.Version);
                    break;
                // Matched on the instant too, so a removal can never take a clock scheduled after it.
                case DeadlineCancelled c:
                    Remove(operations, c.DisputeId, c.Kind, c.DueAt);
                    break;
                case DeadlineExpired x:
                    Remove(operations, x.DisputeId, x.Kind, x.DueAt);
                    break;
            }
        }

        return Task.CompletedTask;
    }

    private void Remove(IDocumentOperations operations, Guid disputeId, DeadlineKind kind, NodaTime.Instant dueAt) =>
        operations.QueueSqlCommand(
            $"delete from {table} where dispute_id = ? and kind = ? and due_ns = ?",
            disputeId, kind.ToString(), DeadlineTable.Nanoseconds(dueAt));
}
