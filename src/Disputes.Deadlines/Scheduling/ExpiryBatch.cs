using Disputes.Domain;
using Disputes.Projections;
using Disputes.Projections.Store;
using Disputes.Projections.Writing;
using Marten;
using NodaTime;

namespace Disputes.Deadlines.Scheduling;

// What one batch commit did: the expiries it appended (with their lag), and the deadlines it left to the one-by-one
// path, which fetches and decides each again.
public sealed record BatchCommit(IReadOnlyList<(ClaimedDeadline Deadline, Duration Lag)> Expired, IReadOnlyList<ClaimedDeadline> Left)
{
    public static BatchCommit Nothing(IReadOnlyList<ClaimedDeadline> claimed) => new([], claimed);
}

// A claimed batch of expiries as one unit of work: one query for the disputes' documents (or the ones this instance
// remembers), each expiry decided on its document, every stream appended at the version its document reflects, one
// save. Exactly once rests on the same two things as a single expiry: the decider appends DeadlineExpired only while
// the state runs that clock, and each append expects its document's version, so a dispute written by anyone since
// the load fails the whole save and nothing of the batch is kept (the caller then fires it one by one).
//
// Only appends are decided here. A dispute without a document, a stale clock, a refusal or a second deadline of a
// dispute already in the batch goes to the one-by-one path, which decides on a fetch of the stream: a document behind
// its stream (a rebuild in progress) could call a running clock stale, and a stale verdict deletes the row.
public sealed class ExpiryBatch(IDocumentStore store, WrittenDisputes written, IClock clock)
{
    public async Task<BatchCommit> CommitAsync(IReadOnlyList<ClaimedDeadline> claimed, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var documents = await Documents(session, claimed, ct);
        var left = new List<ClaimedDeadline>();
        var appended = new List<(ClaimedDeadline Deadline, DisputeDetails Committed, bool Remembered)>();
        var inBatch = new HashSet<Guid>();
        // Streams in one order, so two instances firing overlapping batches (a lease that ran out) wait for each
        // other's stream rows instead of deadlocking.
        foreach (var deadline in claimed.OrderBy(d => d.DisputeId))
        {
            if (!inBatch.Add(deadline.DisputeId) || !documents.TryGetValue(deadline.DisputeId, out var found))
            {
                left.Add(deadline);
                continue;
            }
            var (document, remembered) = found;
            var expiry = new ExpireDeadline(deadline.DisputeId, deadline.Kind, deadline.DueAt, Actor.System);
            var policy = document.State.Policy;
            if (DisputeDecider.Decide(expiry, document.State, clock.GetCurrentInstant(), policy) is not Accepted { Events.Count: > 0 } accepted)
            {
                left.Add(deadline);
                continue;
            }
            MartenInternals.HoldInIdentityMap(session, deadline.DisputeId, document);
            var data = accepted.Events.Cast<object>().ToArray();
            var stream = session.Events.Append(deadline.DisputeId, document.Version + data.Length, data);
            // What a single expiry's session stamps on all its events, on each event of this expiry: the session only
            // fills a correlation id an event lacks, and has no headers of its own to add.
            var correlation = ExpireDeadlineRequest.CorrelationFor(deadline.DisputeId, deadline.Kind, deadline.DueAt);
            foreach (var e in stream.Events)
            {
                e.CorrelationId = correlation;
                foreach (var (key, value) in EventHeaders.Of(policy.Version, Caller.Scheduler))
                    e.SetHeader(key, value);
            }
            var committed = DisputeDetails.Committed(document, deadline.DisputeId, document.Version, accepted.Events);
            appended.Add((deadline, committed, remembered));
        }

        if (appended.Count == 0)
            return BatchCommit.Nothing(claimed);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch
        {
            // Nothing of the batch was kept; what this instance believed about its disputes is not to be trusted.
            foreach (var (deadline, _, remembered) in appended)
                written.Forget(deadline.DisputeId, wasTrusted: remembered);
            throw;
        }
        var now = clock.GetCurrentInstant();
        foreach (var (_, committed, remembered) in appended)
            written.Committed(committed, withoutFetch: remembered);
        return new BatchCommit([.. appended.Select(a => (a.Deadline, now - a.Deadline.DueAt))], left);
    }

    // The remembered documents first; the rest in one query. A loaded document reflects its stream at the version it
    // carries (both are written by one transaction), which is the version its append expects.
    private async Task<Dictionary<Guid, (DisputeDetails Document, bool Remembered)>> Documents(
        IDocumentSession session, IReadOnlyList<ClaimedDeadline> claimed, CancellationToken ct)
    {
        var documents = new Dictionary<Guid, (DisputeDetails, bool)>();
        var unknown = new List<Guid>();
        foreach (var id in claimed.Select(d => d.DisputeId).Distinct())
            if (written.Find(id) is { } mine)
                documents[id] = (mine, true);
            else
                unknown.Add(id);
        if (unknown.Count > 0)
            foreach (var loaded in await session.LoadManyAsync<DisputeDetails>(ct, unknown))
                if (loaded.State is not null)
                    documents[loaded.Id] = (loaded, false);
        return documents;
    }
}
