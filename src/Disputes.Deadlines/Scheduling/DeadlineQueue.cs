using Disputes.Deadlines.Rows;
using Disputes.Domain;
using Disputes.Hosting.Workers;
using Marten;
using NodaTime;
using Npgsql;
using Weasel.Postgresql;

namespace Disputes.Deadlines.Scheduling;

public sealed record ClaimedDeadline(Guid DisputeId, DeadlineKind Kind, Instant DueAt, int Attempts, Guid ClaimToken);

public sealed record DeadlineBacklog(long Due, Instant? OldestDue, long Claimed, long Total, Instant? NextDue);

// SQL over the deadline table. "Now" is always the injected clock's instant, never PostgreSQL's now(),
// so a moved fake clock in tests and the domain's own "is it due" check agree.
public sealed class DeadlineQueue(IDocumentStore store)
{
    private readonly string table = DeadlineTable.QualifiedName(store.Options.DatabaseSchemaName);
    private readonly SemaphoreSlim migrating = new(1, 1);
    private volatile bool storageReady;

    // One short autocommit statement: lock the oldest due, unclaimed rows (skipping rows another
    // instance is claiming right now), stamp a lease on them, return them. The lease, not the row lock,
    // keeps them ours while the expiries run in their own transactions.
    public async Task<IReadOnlyList<ClaimedDeadline>> ClaimAsync(Instant now, int batchSize, Duration lease, string claimer, CancellationToken ct)
    {
        var token = Guid.CreateVersion7();
        var rows = await Query(true,
            $"""
             with due as (
               select dispute_id, kind from {table}
               where due_at <= $1 and (claimed_until is null or claimed_until <= $1)
               order by due_at, dispute_id, kind
               limit $2
               for update skip locked)
             update {table} d
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
        Execute($"delete from {table} where dispute_id = $1 and kind = $2 and claim_token = $3",
            ct, d.DisputeId, d.Kind.ToString(), d.ClaimToken);

    // Keep the claim but move its end: the row comes back at retryAt, here or on another instance.
    public Task RetryLaterAsync(ClaimedDeadline d, Instant retryAt, string error, CancellationToken ct) =>
        Execute($"update {table} set claimed_until = $4, last_error = $5 where dispute_id = $1 and kind = $2 and claim_token = $3",
            ct, d.DisputeId, d.Kind.ToString(), d.ClaimToken, Utc(retryAt), error.Length > 2000 ? error[..2000] : error);

    // Hand claims back (shutting down): the rows are due again at once for any instance. Only our own claims.
    public async Task ReleaseAsync(IEnumerable<ClaimedDeadline> deadlines, CancellationToken ct)
    {
        foreach (var d in deadlines)
            await Execute($"update {table} set claimed_until = null, claim_token = null, claimed_by = null where dispute_id = $1 and kind = $2 and claim_token = $3",
                ct, d.DisputeId, d.Kind.ToString(), d.ClaimToken);
    }

    // When to look next: the earliest unclaimed due instant or the earliest lease to run out.
    public async Task<Instant?> NextWakeAsync(CancellationToken ct)
    {
        var rows = await Query(true,
            $"""
             select least(
               (select min(due_at) from {table} where claimed_until is null),
               (select min(claimed_until) from {table} where claimed_until is not null))
             """,
            r => r.IsDBNull(0) ? (Instant?)null : Instant.FromDateTimeUtc(r.GetDateTime(0)), ct);
        return rows[0];
    }

    // createTable false: an observer (the metrics probe) reads, and must not race a migration by creating it.
    public async Task<DeadlineBacklog> BacklogAsync(Instant now, CancellationToken ct, bool createTable = true)
    {
        var rows = await Query(createTable,
            $"""
             select count(*) filter (where due_at <= $1), min(due_at) filter (where due_at <= $1),
                    count(*) filter (where claimed_until > $1), count(*), min(due_at) filter (where due_at > $1)
             from {table}
             """,
            r => new DeadlineBacklog(r.GetInt64(0), OptionalInstant(r, 1), r.GetInt64(2), r.GetInt64(3), OptionalInstant(r, 4)),
            ct, Utc(now));
        return rows[0];
    }

    // Who holds which rows now; self is this instance's id. Rows waiting out a retry delay stay with their claimer.
    public Task<List<InstanceClaims>> ClaimsAsync(Instant now, string self, CancellationToken ct) =>
        Query(true, InstanceClaims.Sql(table, "true"), r => InstanceClaims.Read(r, self), ct, Utc(now));

    private static Instant? OptionalInstant(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : Instant.FromDateTimeUtc(r.GetDateTime(i));

    private static DateTime Utc(Instant instant) => instant.ToDateTimeUtc();

    // Marten creates the table (an extended schema object) with the first write that needs its storage;
    // the scheduler and diagnostics may look before anyone has written, so they migrate the same Weasel
    // definition themselves, once per process (idempotent: create if missing, update if different).
    private async Task EnsureStorage(CancellationToken ct)
    {
        // Where the app may not change the schema (production), `schema apply` created the table.
        if (storageReady || ((StoreOptions)store.Options).AutoCreateSchemaObjects == JasperFx.AutoCreate.None)
            return;
        // One migration at a time in this process; another instance racing it fails once and retries.
        await migrating.WaitAsync(ct);
        try
        {
            if (!storageReady)
                await Migrate(ct);
        }
        finally
        {
            migrating.Release();
        }
    }

    private async Task Migrate(CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using (var schema = new NpgsqlCommand($"create schema if not exists \"{store.Options.DatabaseSchemaName}\"", connection))
            await schema.ExecuteNonQueryAsync(ct);
        await DeadlineTable.Define(store.Options.DatabaseSchemaName).MigrateAsync(connection, ct);
        storageReady = true;
    }

    private async Task<List<T>> Query<T>(bool createTable, string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct, params object[] args)
    {
        if (createTable)
            await EnsureStorage(ct);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = Command(connection, sql, args);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var result = new List<T>();
        while (await reader.ReadAsync(ct))
            result.Add(read(reader));
        return result;
    }

    private async Task Execute(string sql, CancellationToken ct, params object[] args)
    {
        await EnsureStorage(ct);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = Command(connection, sql, args);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object[] args)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var arg in args)
            command.Parameters.Add(new NpgsqlParameter { Value = arg });
        return command;
    }
}
