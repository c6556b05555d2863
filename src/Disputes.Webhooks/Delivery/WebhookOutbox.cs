using Disputes.Hosting.Workers;
using Disputes.Webhooks.Outbox;
using NodaTime;

namespace Disputes.Webhooks.Delivery;

public sealed record WebhookBacklog(long Pending, long Paused, long Retrying, long InFlight, long DeadLetters)
{
    public static readonly WebhookBacklog Empty = new(0, 0, 0, 0, 0);
}

// The dispatcher's SQL over the outbox. "Now" is always the injected clock's instant, never PostgreSQL's now().
//
// Order per (subscription, dispute): a row is claimable only while no older row of its pair exists, whatever that
// older row's state (claimed elsewhere, waiting for its retry, dead-lettered). A pair therefore has at most one
// notification in flight, and a later one never overtakes an earlier one; delivered rows are deleted, which is
// what lets the next one go.
public sealed class WebhookOutbox(WebhookDatabase db)
{
    private readonly LeasedTable outbox = new(db, db.Outbox);

    private const string Pending = WebhookOutboxTable.Pending;
    private const string Dead = WebhookOutboxTable.Dead;

    // A reminder (payload not null) carries the version of the state it was computed from and follows that version's
    // own event: it waits for rows of lower versions and for the event row of its version.
    private string NoOlderRowOfItsPair(string row) =>
        $"not exists (select 1 from {db.Outbox} o where o.subscription_id = {row}.subscription_id and o.dispute_id = {row}.dispute_id " +
        $"and (o.stream_version < {row}.stream_version or (o.stream_version = {row}.stream_version and o.payload is null and {row}.payload is not null)))";

    // One autocommit statement: lock the oldest due heads of active subscriptions (skipping rows another instance
    // is claiming right now), stamp a lease and count the attempt, return them with their target. The lease,
    // not the row lock, keeps them ours while the POSTs run.
    public async Task<IReadOnlyList<ClaimedNotification>> ClaimAsync(Instant now, int batchSize, Duration lease, string claimer, CancellationToken ct)
    {
        var token = Guid.CreateVersion7();
        var rows = await outbox.Claim(
            $"""
             with due as (
               select n.id from {db.Outbox} n
               join {db.Subscriptions} s on s.id = n.subscription_id and s.paused_at is null
               where n.status = '{Pending}'
                 and (n.next_attempt_at is null or n.next_attempt_at <= $1)
                 and (n.claimed_until is null or n.claimed_until <= $1)
                 and {NoOlderRowOfItsPair("n")}
               order by n.sequence
               limit $2
               for update of n skip locked)
             update {db.Outbox} n
             set claimed_until = $3, claim_token = $4, claimed_by = $5, attempts = n.attempts + 1, last_attempt_at = $1
             from due, {db.Subscriptions} s
             where n.id = due.id and s.id = n.subscription_id
             returning n.id, n.subscription_id, s.url, s.secret, n.dispute_id, n.event_id, n.event_type, n.stream_version, n.sequence, n.attempts,
                       n.payload::text
             """,
            r => new ClaimedNotification(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetGuid(4), r.GetGuid(5),
                r.GetString(6), r.GetInt64(7), r.GetInt64(8), r.GetInt32(9), token, r.IsDBNull(10) ? null : r.GetString(10)),
            ct, Utc(now), batchSize, Utc(now + lease), token, claimer);
        return [.. rows.OrderBy(n => n.Sequence)];
    }

    // The events as stored (jsonb text), by global sequence.
    public async Task<IReadOnlyDictionary<long, string>> EventDataAsync(IEnumerable<long> sequences, CancellationToken ct)
    {
        var rows = await db.Query($"select seq_id, data::text from {db.Events} where seq_id = any($1)",
            r => (Sequence: r.GetInt64(0), Data: r.GetString(1)), ct, sequences.ToArray());
        return rows.ToDictionary(r => r.Sequence, r => r.Data);
    }

    // Only our own claim: a row whose lease ran out and was claimed again belongs to that claimer now.
    public Task DeliveredAsync(ClaimedNotification n, CancellationToken ct) =>
        outbox.Execute($"delete from {db.Outbox} where id = $1 and claim_token = $2", ct, n.Id, n.ClaimToken);

    public Task RetryLaterAsync(ClaimedNotification n, Instant retryAt, int? status, string error, CancellationToken ct) =>
        outbox.Execute(
            $"""
             update {db.Outbox} set next_attempt_at = $3, last_status = $4, last_error = $5,
               claimed_until = null, claim_token = null, claimed_by = null
             where id = $1 and claim_token = $2
             """,
            ct, n.Id, n.ClaimToken, Utc(retryAt), status, Truncate(error));

    public Task DeadLetterAsync(ClaimedNotification n, Instant now, int? status, string error, CancellationToken ct) =>
        outbox.Execute(
            $"""
             update {db.Outbox} set status = '{Dead}', dead_at = $3, next_attempt_at = null, last_status = $4, last_error = $5,
               claimed_until = null, claim_token = null, claimed_by = null
             where id = $1 and claim_token = $2
             """,
            ct, n.Id, n.ClaimToken, Utc(now), status, Truncate(error));

    // When to look next: the earliest instant a head of an active subscription becomes claimable (its retry
    // time or its lease end; "now" if it already is). Rows behind a head wait for it, so only heads count.
    public async Task<Instant?> NextWakeAsync(Instant now, CancellationToken ct)
    {
        var rows = await outbox.Query(
            $"""
             select min(greatest(coalesce(n.next_attempt_at, $1), coalesce(n.claimed_until, $1)))
             from {db.Outbox} n join {db.Subscriptions} s on s.id = n.subscription_id and s.paused_at is null
             where n.status = '{Pending}' and {NoOlderRowOfItsPair("n")}
             """,
            r => r.IsDBNull(0) ? (Instant?)null : Instant.FromDateTimeUtc(r.GetDateTime(0)), ct, Utc(now));
        return rows is [var next] ? next : null;
    }

    // What waits, for operators: everything pending, of which held by a pause, waiting for a retry, or on the wire now.
    public async Task<WebhookBacklog> BacklogAsync(Instant now, CancellationToken ct)
    {
        var rows = await outbox.Query(
            $"""
             select count(*) filter (where n.status = '{Pending}'),
                    count(*) filter (where n.status = '{Pending}' and s.paused_at is not null),
                    count(*) filter (where n.status = '{Pending}' and n.next_attempt_at > $1),
                    count(*) filter (where n.status = '{Pending}' and n.claimed_until > $1),
                    count(*) filter (where n.status = '{Dead}')
             from {db.Outbox} n join {db.Subscriptions} s on s.id = n.subscription_id
             """,
            r => new WebhookBacklog(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4)), ct, Utc(now));
        return rows is [var backlog] ? backlog : WebhookBacklog.Empty;
    }

    // Who holds which notifications now (on the wire, or cut off with their claimer); self is this instance's id.
    public Task<List<InstanceClaims>> ClaimsAsync(Instant now, string self, CancellationToken ct) =>
        outbox.ClaimsAsync(now, self, ct, $"status = '{Pending}'");

    private static DateTime Utc(Instant instant) => instant.ToDateTimeUtc();

    private static string Truncate(string error) => error.Length > 2000 ? error[..2000] : error;
}
