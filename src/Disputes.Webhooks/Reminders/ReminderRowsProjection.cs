using Disputes.Domain;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Disputes.Webhooks.Reminders;

// Inline, like the deadline rows: a clock's reminders are written, moved or dropped in the transaction that schedules,
// cancels or expires it, so a clock met before its lead time leaves nothing to send. Not rebuilt with the per-dispute
// projections (no IRebuildsPerDispute): a rebuild would bring back reminders already sent.
// Partial with public methods for Marten 9's source-generated dispatch.
public partial class ReminderRowsProjection : EventProjection
{
    private readonly string table;
    private readonly ReminderLeadTimes leads;

    public ReminderRowsProjection(string schema, ReminderLeadTimes leads)
    {
        table = ReminderTable.QualifiedName(schema);
        this.leads = leads;
        Name = "reminders";
    }

    // A clock of a kind replaces the one running before it: reminders for another instant go, one per lead time still
    // ahead comes (a lead that has begun when the clock starts sends nothing: ReminderLeadTimes.RemindAt).
    public void Project(DeadlineScheduled s, IDocumentOperations operations)
    {
        var due = ReminderTable.Nanoseconds(s.DueAt);
        operations.QueueSqlCommand($"delete from {table} where dispute_id = ? and kind = ? and due_ns <> ?", s.DisputeId, s.Kind.ToString(), due);
        foreach (var lead in leads.Leads)
            if (ReminderLeadTimes.RemindAt(s.At, s.DueAt, lead) is { } at)
                operations.QueueSqlCommand(
                    $"""
                     insert into {table} (dispute_id, kind, lead_ns, due_ns, remind_at, remind_ns) values (?, ?, ?, ?, ?, ?)
                     on conflict (dispute_id, kind, lead_ns) do nothing
                     """,
                    s.DisputeId, s.Kind.ToString(), lead.ToInt64Nanoseconds(), due, at.ToDateTimeOffset(), ReminderTable.Nanoseconds(at));
    }

    public void Project(DeadlineCancelled c, IDocumentOperations operations) => Remove(operations, c.DisputeId, c.Kind, c.DueAt);

    public void Project(DeadlineExpired x, IDocumentOperations operations) => Remove(operations, x.DisputeId, x.Kind, x.DueAt);

    private void Remove(IDocumentOperations operations, Guid disputeId, DeadlineKind kind, NodaTime.Instant dueAt) =>
        operations.QueueSqlCommand($"delete from {table} where dispute_id = ? and kind = ? and due_ns = ?",
            disputeId, kind.ToString(), ReminderTable.Nanoseconds(dueAt));
}
