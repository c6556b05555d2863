using Disputes.Webhooks.Outbox;
using Disputes.Hosting.Workers;
using Disputes.Webhooks.DeadLetters;
using NodaTime;
using Npgsql;

namespace Disputes.Webhooks.Subscriptions;

// SecretGiven: the client chose the secret (else it was generated), so a replay must carry the same one.
public sealed record NewWebhookSubscription(
    Guid Id, string Url, string Secret, bool SecretGiven, IReadOnlyList<string> EventTypes, string? Description,
    Instant CreatedAt, string CreatedBy, string? IdempotencyKey)
{
    public override string ToString() => $"webhook subscription {Id} to {Url}";
}

public abstract record SubscriptionCreation
{
    public sealed record Created(WebhookSubscriptionView View) : SubscriptionCreation;
    public sealed record Replayed(WebhookSubscriptionView View) : SubscriptionCreation;
    public sealed record KeyReused : SubscriptionCreation;
}

// SQL over webhook_subscriptions. Reads never return the secret, except to the create that made it.
public sealed class WebhookSubscriptions(WebhookDatabase db)
{
    private string Select => $"""
        select s.id, s.url, s.event_types, s.description, s.paused_at, s.created_at, s.created_by, s.secret, s.idempotency_key,
          (select count(*) from {db.Outbox} n where n.subscription_id = s.id and n.status = 'pending'),
          (select count(*) from {db.Outbox} n where n.subscription_id = s.id and n.status = 'dead')
        from {db.Subscriptions} s
        """;

    public async Task<SubscriptionCreation> CreateAsync(NewWebhookSubscription s, CancellationToken ct)
    {
        await db.EnsureStorageAsync(ct);
        var inserted = await db.Query(
            $"""
             insert into {db.Subscriptions} (id, url, secret, event_types, description, created_at, created_by, idempotency_key)
             values ($1, $2, $3, $4, $5, $6, $7, $8)
             on conflict (idempotency_key) where idempotency_key is not null do nothing
             returning id
             """,
            r => r.GetGuid(0), ct, s.Id, s.Url, s.Secret, s.EventTypes.ToArray(), s.Description, s.CreatedAt.ToDateTimeUtc(), s.CreatedBy, s.IdempotencyKey);
        if (inserted.Count == 1)
            return new SubscriptionCreation.Created((await FindAsync(s.Id, ct))!.View with { Secret = s.Secret });

        // The key was used before: the same request again gets the first answer, another request a refusal.
        var first = (await Rows($"{Select} where s.idempotency_key = $1", ct, s.IdempotencyKey)).Single();
        var same = first.View.Url == s.Url
            && first.View.EventTypes.Order().SequenceEqual(s.EventTypes.Order())
            && first.View.Description == s.Description
            && first.View.CreatedBy == s.CreatedBy
            && (!s.SecretGiven || first.Secret == s.Secret);
        return same ? new SubscriptionCreation.Replayed(first.View with { Secret = first.Secret }) : new SubscriptionCreation.KeyReused();
    }

    public async Task<IReadOnlyList<WebhookSubscriptionView>> ListAsync(CancellationToken ct)
    {
        await db.EnsureStorageAsync(ct);
        return [.. (await Rows($"{Select} order by s.created_at, s.id", ct)).Select(r => r.View)];
    }

    public async Task<WebhookSubscriptionView?> GetAsync(Guid id, CancellationToken ct) => (await FindAsync(id, ct))?.View;

    // Idempotent both ways: pausing a paused subscription keeps the instant it was first paused.
    public Task<WebhookSubscriptionView?> PauseAsync(Guid id, Instant now, CancellationToken ct) =>
        UpdateAsync(id, $"update {db.Subscriptions} set paused_at = coalesce(paused_at, $2) where id = $1", ct, now.ToDateTimeUtc());

    public Task<WebhookSubscriptionView?> ResumeAsync(Guid id, CancellationToken ct) =>
        UpdateAsync(id, $"update {db.Subscriptions} set paused_at = null where id = $1", ct);

    private async Task<WebhookSubscriptionView?> UpdateAsync(Guid id, string sql, CancellationToken ct, params object?[] more)
    {
        await db.EnsureStorageAsync(ct);
        return await db.Execute(sql, ct, [id, .. more]) == 0 ? null : await GetAsync(id, ct);
    }

    // One transaction. Deleting the subscription row first waits for any event transaction that matched it (the
    // outbox projection holds it FOR KEY SHARE), so the second statement sees and removes that transaction's rows.
    public async Task<bool> DeleteAsync(Guid id, CancellationToken ct)
    {
        await db.EnsureStorageAsync(ct);
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var deleted = await StoreSql.Execute(connection, transaction, $"delete from {db.Subscriptions} where id = $1", ct, id);
        await StoreSql.Execute(connection, transaction, $"delete from {db.Outbox} where subscription_id = $1", ct, id);
        await transaction.CommitAsync(ct);
        return deleted == 1;
    }

    private async Task<StoredSubscription?> FindAsync(Guid id, CancellationToken ct)
    {
        await db.EnsureStorageAsync(ct);
        return (await Rows($"{Select} where s.id = $1", ct, id)).SingleOrDefault();
    }

    private Task<List<StoredSubscription>> Rows(string sql, CancellationToken ct, params object?[] args) =>
        db.Query(sql, Read, ct, args);

    private static StoredSubscription Read(NpgsqlDataReader r)
    {
        var pausedAt = r.IsDBNull(4) ? (Instant?)null : Instant.FromDateTimeUtc(r.GetDateTime(4));
        var view = new WebhookSubscriptionView(
            r.GetGuid(0), r.GetString(1), r.GetFieldValue<string[]>(2), r.IsDBNull(3) ? null : r.GetString(3),
            pausedAt is null ? WebhookSubscriptionStatus.Active : WebhookSubscriptionStatus.Paused,
            Instant.FromDateTimeUtc(r.GetDateTime(5)), r.GetString(6), pausedAt, r.GetInt64(9), r.GetInt64(10));
        return new StoredSubscription(view, r.GetString(7));
    }

    private sealed record StoredSubscription(WebhookSubscriptionView View, string Secret)
    {
        public override string ToString() => View.ToString();
    }
}
