using System.Text.Json;
using Disputes.Domain;
using Disputes.Hosting.Workers;
using Disputes.Projections;
using Disputes.Projections.Store;
using Disputes.Webhooks.Delivery;
using Disputes.Webhooks.Outbox;
using Marten;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Disputes.Webhooks.Reminders;

public sealed record ReminderResult(int Due, int Queued, int Dropped) : IWorkerTally<ReminderResult>
{
    public static ReminderResult None { get; } = new(0, 0, 0);

    public ReminderResult Add(ReminderResult other) => new(Due + other.Due, Queued + other.Queued, Dropped + other.Dropped);
}

public sealed class ReminderState(InstanceIdentity instance) : WorkerState<ReminderResult>(instance, "reminders");

public sealed class ReminderSignal : WakeSignal;

// Turns due reminder rows into DeadlineApproaching notifications in the webhook outbox, from there signed and ordered
// like every other notification.
//
// Exactly once per (clock run, lead time, recipient) and subscription, with any number of instances and restarts:
// one transaction locks a batch of due rows (SKIP LOCKED keeps instances apart), queues their notifications and
// deletes them. A crash before the commit leaves the rows for the next look; after it, the rows are gone. A clock
// that is met, cancelled or moved deletes its rows in its own transaction, which waits for a batch holding them: either
// the reminder was queued while the clock still ran, or it is never sent. The state read here is the committed one,
// and a row whose clock no longer runs at that instant is dropped without a notification.
public sealed class ReminderWorker(
    WebhookDatabase db,
    IDocumentStore store,
    IClock clock,
    IOptions<ReminderOptions> options,
    ReminderState state,
    WebhookSignal dispatcher) : ILeasedWorker
{
    private readonly LeasedTable reminders = new(db, ReminderTable.QualifiedName(db.Schema));
    private readonly string table = ReminderTable.QualifiedName(db.Schema);
    private static readonly JsonSerializerOptions Json = DisputesJson.Configure(new JsonSerializerOptions());

    Task ILeasedWorker.WorkAsync(CancellationToken stopping) => DrainAsync(stopping);

    public async Task<ReminderResult> DrainAsync(CancellationToken ct = default)
    {
        var total = ReminderResult.None;
        while (!ct.IsCancellationRequested)
        {
            var batch = await SendBatchAsync(ct);
            state.Counted(batch);
            total = total.Add(batch);
            if (batch.Due < options.Value.BatchSize)
                break;
        }
        if (total.Queued > 0)
            dispatcher.Poke();
        return total;
    }

    public async Task<Instant?> NextWakeAsync(CancellationToken ct)
    {
        var rows = await reminders.Query($"select min(remind_at) from {table}",
            r => r.IsDBNull(0) ? (Instant?)null : Instant.FromDateTimeUtc(r.GetDateTime(0)), ct);
        return rows is [var next] ? next : null;
    }

    private async Task<ReminderResult> SendBatchAsync(CancellationToken ct)
    {
        // Nothing to look at before Marten created the tables (LeasedTable says why the worker never creates them).
        if ((await reminders.Query("select 1", r => r.GetInt32(0), ct)).Count == 0)
            return ReminderResult.None;
        var now = clock.GetCurrentInstant();
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var due = await StoreSql.Query(connection, transaction,
            $"""
             select dispute_id, kind, lead_ns, due_ns, remind_ns from {table}
             where remind_at <= $1 order by remind_at, dispute_id, kind, lead_ns limit $2
             for update skip locked
             """,
            r => new DueReminder(r.GetGuid(0), Enum.Parse<DeadlineKind>(r.GetString(1)), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4)),
            ct, now.ToDateTimeUtc(), options.Value.BatchSize);
        if (due.Count == 0)
            return ReminderResult.None;

        await using var session = store.QuerySession();
        var disputes = (await session.LoadManyAsync<DisputeDetails>(ct, due.Select(d => d.DisputeId).Distinct().ToArray())).ToDictionary(d => d.Id);
        var owed = due.Select(d => (Reminder: d, Details: disputes.GetValueOrDefault(d.DisputeId) is { } details && StillRuns(details.State, d) ? details : null))
            .SelectMany(x => x.Details is null ? [] : DeadlineRecipients.Of(x.Details.State, x.Reminder.Kind).Select(r => (x.Reminder, x.Details, Recipient: r)))
            .ToList();
        var preferences = await ParticipantPreferences.LoadAsync(session, owed.Select(o => o.Recipient), ct);
        var notifications = owed.Select(o => Notification(o.Reminder, o.Details, o.Recipient, preferences.GetValueOrDefault(ParticipantPreferences.IdOf(o.Recipient)))).ToList();

        if (notifications.Count > 0)
            await StoreSql.Execute(connection, transaction,
                $"""
                 insert into {db.Outbox} (id, subscription_id, dispute_id, event_id, event_type, stream_version, sequence, payload)
                 select gen_random_uuid(), s.id, x.dispute_id, x.id, '{DeadlineApproaching.Type}', x.version,
                        coalesce((select e.seq_id from {db.Events} e where e.stream_id = x.dispute_id and e.version = x.version), 0), x.payload::jsonb
                 from unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::text[]) as x(dispute_id, id, version, payload)
                 join {db.Subscriptions} s on '{DeadlineApproaching.Type}' = any(s.event_types) or '{WebhookSubscriptionTable.AllEvents}' = any(s.event_types)
                 for key share of s
                 on conflict (subscription_id, event_id) do nothing
                 """,
                ct, notifications.Select(n => n.DisputeId).ToArray(), notifications.Select(n => n.Id).ToArray(),
                notifications.Select(n => n.Version).ToArray(), notifications.Select(n => n.Payload).ToArray());
        await StoreSql.Execute(connection, transaction,
            $"""
             delete from {table} r using unnest($1::uuid[], $2::text[], $3::bigint[]) as x(dispute_id, kind, lead_ns)
             where (r.dispute_id, r.kind, r.lead_ns) = (x.dispute_id, x.kind, x.lead_ns)
             """,
            ct, due.Select(d => d.DisputeId).ToArray(), due.Select(d => d.Kind.ToString()).ToArray(), due.Select(d => d.LeadNs).ToArray());
        await transaction.CommitAsync(ct);
        return new ReminderResult(due.Count, notifications.Count, due.Count(d => !owed.Any(o => o.Reminder == d)));
    }

    // The state still runs this clock, due at this very instant (a moved clock has its own rows).
    private static bool StillRuns(Dispute dispute, DueReminder reminder) =>
        dispute.Deadlines.TryGetValue(reminder.Kind, out var running) && ReminderTable.Nanoseconds(running.DueAt) == reminder.DueNs;

    private static QueuedReminder Notification(DueReminder reminder, DisputeDetails details, Actor recipient, ParticipantPreferences? preferences)
    {
        var dueAt = ReminderTable.FromNanoseconds(reminder.DueNs);
        var remindAt = ReminderTable.FromNanoseconds(reminder.RemindNs);
        var zone = preferences?.TimeZoneOrDefault ?? ParticipantPreferences.DefaultTimeZone;
        var language = preferences?.LanguageOrDefault ?? LanguageTag.English;
        var data = new DeadlineApproaching(details.Id, reminder.Kind, DeadlineRules.Of(reminder.Kind).Name,
            ReminderLeadTimes.Format(Duration.FromNanoseconds(reminder.LeadNs)), dueAt, recipient,
            LocalDueRendering.Of(dueAt, remindAt, zone, language), remindAt);
        return new QueuedReminder(details.Id, DeadlineApproaching.IdFor(details.Id, reminder.Kind, reminder.DueNs, reminder.LeadNs, recipient),
            details.Version, JsonSerializer.Serialize(data, Json));
    }

    private sealed record DueReminder(Guid DisputeId, DeadlineKind Kind, long LeadNs, long DueNs, long RemindNs);

    private sealed record QueuedReminder(Guid DisputeId, Guid Id, long Version, string Payload);
}
