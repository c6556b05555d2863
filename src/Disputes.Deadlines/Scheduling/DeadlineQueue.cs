using Disputes.Deadlines.Rows;
using Disputes.Domain;
using Disputes.Hosting.Workers;
using Marten;
using NodaTime;
using Npgsql;

namespace Disputes.Deadlines.Scheduling;

public sealed record ClaimedDeadline(Guid DisputeId, DeadlineKind Kind, Instant DueAt, int Attempts, Guid ClaimToken);

public sealed record DeadlineBacklog(long Due, Instant? OldestDue, long Claimed, long Total, Instant? NextDue)
{
    public static readonly DeadlineBacklog Empty = new(0, null, 0, 0, null);
}

// SQL over the deadline table. "Now" is always the injected clock's instant, never PostgreSQL's now(),
// so a moved fake clock in tests and the domain's own "is it due" check agree.
public sealed class DeadlineQueue(IDocumentStore store)
{
    private readonly LeasedTable table = new(new StoreSql(store), DeadlineTable.QualifiedName(store.Options.DatabaseSchemaName));

    // One short autocommit statement: lock the oldest due, unclaimed rows (skipping rows another
    // instance is claiming right now), stamp a lease on them, return them. The lease, not the row lock,
    // keeps them ours while the expiries run in their own transactions.
    public async Task<IReadOnlyList<ClaimedDeadline>> ClaimAsync(Instant now, int batchSize, Duration lease, string claimer, CancellationToken ct)
    {
        var token = Guid.CreateVersion7();
        var rows = await table.Claim(
            $"""
             with due as (
               select dispute_id, kind from {table.Name}
               where due_at <= $1 and (claimed_until is null or claimed_until <= $1)
               order by due_at, dispute_id, kind
               limit $2
               for update skip locked)
             update {table.Name} d
             set claimed_until = $3, claim_token = $4, claimed_by = $5, attempts = d.attempts + 1
             from due where d.dispute_id = due.dispute_id and d.kind = due.kind
             returning d.dispute_id, d.kind, d.due_ns, d.attempts
             """,
            r => new ClaimedDeadline(r.GetGuid(0), Enum.Parse<DeadlineKind>(r.GetString(1)),
                DeadlineTable.FromNanoseconds(r.GetInt64(2)), r.GetInt32(3), token),
            ct, Utc(now), batchSize, Utc(now + lease), token, claimer);
        return [.. rows.OrderBy(d => d.DueAt)];
    }

    // A stale expiry appended nothing; the row is normally gone already. Only our own claim is removed:
    // a row rescheduled meanwhile lost our token in the upsert and stays.
    public Task RemoveStaleAsync(ClaimedDeadline d, CancellationToken ct) =>
        table.Execute($"delete from {table.Name} where dispute_id = $1 and kind = $2 and claim_token = $3",
            ct, d.DisputeId, d.Kind.ToString(), d.ClaimToken);

    // Keep the claim but move its end: the row comes back at retryAt, here or on another instance.
    public Task RetryLaterAsync(ClaimedDeadline d, Instant retryAt, string error, CancellationToken ct) =>
        table.Execute($"update {table.Name} set claimed_until = $4, last_error = $5 where dispute_id = $1 and kind = $2 and claim_token = $3",
            ct, d.DisputeId, d.Kind.ToString(), d.ClaimToken, Utc(retryAt), error.Length > 2000 ? error[..2000] : error);

    // Hand claims back (shutting down): the rows are due again at once for any instance. Only our own claims.
    public async Task ReleaseAsync(IEnumerable<ClaimedDeadline> deadlines, CancellationToken ct)
    {
        foreach (var d in deadlines)
            await table.Execute($"update {table.Name} set claimed_until = null, claim_token = null, claimed_by = null where dispute_id = $1 and kind = $2 and claim_token = $3",
                ct, d.DisputeId, d.Kind.ToString(), d.ClaimToken);
    }

    // When to look next: the earliest unclaimed due instant or the earliest lease to run out.
    public async Task<Instant?> NextWakeAsync(CancellationToken ct)
    {
        var rows = await table.Query(
            $"""
             select least(
               (select min(due_at) from {table.Name} where claimed_until is null),
               (select min(claimed_until) from {table.Name} where claimed_until is not null))
             """,
            r => OptionalInstant(r, 0), ct);
        return rows is [var next] ? next : null;
    }

    public async Task<DeadlineBacklog> BacklogAsync(Instant now, CancellationToken ct)
    {
        var rows = await table.Query(
            $"""
             select count(*) filter (where due_at <= $1), min(due_at) filter (where due_at <= $1),
                    count(*) filter (where claimed_until > $1), count(*), min(due_at) filter (where due_at > $1)
             from {table.Name}
             """,
            r => new DeadlineBacklog(r.GetInt64(0), OptionalInstant(r, 1), r.GetInt64(2), r.GetInt64(3), OptionalInstant(r, 4)),
            ct, Utc(now));
        return rows is [var backlog] ? backlog : DeadlineBacklog.Empty;
    }

    // Who holds which rows now; self is this instance's id. Rows waiting out a retry delay stay with their claimer.
    public Task<List<InstanceClaims>> ClaimsAsync(Instant now, string self, CancellationToken ct) => table.ClaimsAsync(now, self, ct);

    private static Instant? OptionalInstant(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : Instant.FromDateTimeUtc(r.GetDateTime(i));

    private static DateTime Utc(Instant instant) => instant.ToDateTimeUtc();
}
