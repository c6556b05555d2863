using Disputes.Webhooks.Outbox;
using NodaTime;

namespace Disputes.Webhooks.DeadLetters;

// The dead-letter list over the outbox: rows with status dead, oldest event first, and their redelivery.
public sealed class WebhookDeadLetters(WebhookDatabase db)
{
    private const string Dead = WebhookOutboxTable.Dead;
    private const string Pending = WebhookOutboxTable.Pending;

    // Keyset page after (sequence, id); optionally for one subscription.
    public async Task<List<DeadLetterView>> ListAsync(Guid? subscriptionId, (long Sequence, Guid Id)? after, int limit, CancellationToken ct)
    {
        await db.EnsureStorageAsync(ct);
        return await db.Query(
            $"""
             select n.id, n.subscription_id, n.dispute_id, n.event_id, n.event_type, n.stream_version, n.sequence, n.attempts,
                    n.last_attempt_at, n.last_status, n.last_error, n.dead_at,
                    (select count(*) from {db.Outbox} o where o.subscription_id = n.subscription_id and o.dispute_id = n.dispute_id
                       and o.stream_version > n.stream_version)
             from {db.Outbox} n
             where n.status = '{Dead}'
               and ($1::uuid is null or n.subscription_id = $1)
               and ($2::bigint is null or (n.sequence, n.id) > ($2, $3::uuid))
             order by n.sequence, n.id
             limit $4
             """,
            r => new DeadLetterView(
                r.GetGuid(0), r.GetGuid(1), r.GetGuid(2), r.GetGuid(3), r.GetString(4), r.GetInt64(5), r.GetInt64(6), r.GetInt32(7),
                r.IsDBNull(8) ? null : Instant.FromDateTimeUtc(r.GetDateTime(8)),
                r.IsDBNull(9) ? null : r.GetInt32(9),
                r.IsDBNull(10) ? null : r.GetString(10),
                Instant.FromDateTimeUtc(r.GetDateTime(11)),
                r.GetInt64(12)),
            ct, subscriptionId, after?.Sequence, after?.Id, limit);
    }

    // Back to the head of its pair with a fresh schedule; the pair's later notifications follow it in order.
    public async Task<bool> RedeliverAsync(Guid id, CancellationToken ct)
    {
        await db.EnsureStorageAsync(ct);
        return await db.Execute($"{Revive} where id = $1 and status = '{Dead}'", ct, id) == 1;
    }

    public async Task<int> RedeliverAllAsync(Guid subscriptionId, CancellationToken ct)
    {
        await db.EnsureStorageAsync(ct);
        return await db.Execute($"{Revive} where subscription_id = $1 and status = '{Dead}'", ct, subscriptionId);
    }

    private string Revive => $"""
        update {db.Outbox} set status = '{Pending}', attempts = 0, next_attempt_at = null, dead_at = null,
          claimed_until = null, claim_token = null, claimed_by = null
        """;
}
