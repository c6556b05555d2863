using Disputes.Domain;
using Disputes.Projections.Store;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Disputes.Webhooks.Outbox;

// Inline, so a notification row exists if and only if its event was committed: the rows are queued SQL in the
// very transaction that appends the events, and roll back with them. Subscriptions are matched in SQL at commit
// time (paused ones included: they collect and deliver on resume). FOR KEY SHARE holds each matched subscription
// until this commit, so a concurrent delete either waits and then removes these rows too, or wins first and the
// subscription is simply not matched: no row outlives its subscription, and no user's command fails for it.
public sealed class WebhookOutboxProjection(string schema) : IProjection
{
    private readonly string outbox = WebhookOutboxTable.QualifiedName(schema);
    private readonly string subscriptions = WebhookSubscriptionTable.QualifiedName(schema);
    private readonly string events = $"{MartenInternals.Events(schema)}";

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> committed, CancellationToken cancellation)
    {
        // Evidence for mediators only (a seller's supplier invoice) never leaves through webhooks: subscribers are the
        // storefront's systems, and the item's name and description are what the parties may not see.
        var appended = committed.Where(e => e.Data is not EvidenceAdded { Evidence.Visibility: EvidenceVisibility.Mediators }).ToList();
        if (appended.Count == 0)
            return Task.CompletedTask;

        // Version and sequence are read back from mt_events (appended earlier in this transaction): with Quick
        // append the database assigns the sequence, so only the row knows it. The event id finds the row within
        // its stream's index: LATERAL makes that a lookup per appended event whatever the table's statistics say
        // (a join let the planner hash a sequential scan of every event on a young table: 2.8 ms per command and
        // growing, the largest database cost of the load benchmark). With no subscription at all (the one-time
        // EXISTS filter) the statement touches no event row.
        operations.QueueSqlCommand(
            $"""
             insert into {outbox} (id, subscription_id, dispute_id, event_id, event_type, stream_version, sequence)
             select gen_random_uuid(), s.id, e.stream_id, e.id, x.event_type, e.version, e.seq_id
             from unnest(?::uuid[], ?::uuid[], ?::text[]) as x(stream_id, event_id, event_type)
             join {subscriptions} s on x.event_type = any(s.event_types) or '{WebhookSubscriptionTable.AllEvents}' = any(s.event_types)
             cross join lateral (select e.stream_id, e.id, e.version, e.seq_id from {events} e
                                 where e.stream_id = x.stream_id and e.id = x.event_id) e
             where exists (select 1 from {subscriptions})
             for key share of s
             on conflict (subscription_id, event_id) do nothing
             """,
            appended.Select(e => e.StreamId).ToArray(),
            appended.Select(e => e.Id).ToArray(),
            appended.Select(e => e.Data.GetType().Name).ToArray());
        return Task.CompletedTask;
    }
}
