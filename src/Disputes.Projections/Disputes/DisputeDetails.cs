using Disputes.Domain;
using NodaTime;

namespace Disputes.Projections;

// The dispute as stored inline: the domain state plus the stream version it reflects, so a read can
// answer with an ETag without a second query. Version is set by Marten (mapped to the revision).
public sealed class DisputeDetails
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public Dispute State { get; set; } = null!;

    // When the breached mediation SLA was due. The domain stops running that clock once it is breached, but the
    // mediator queue keeps ordering the case by it; kept here so the list row derives from this document alone.
    public Instant? BreachedSlaDueAt { get; set; }

    // The document after one more event: the projection's fold, and the write path's, which keeps what it committed.
    public static DisputeDetails After(DisputeDetails? snapshot, Guid id, IDisputeEvent e)
    {
        var state = DisputeEvolver.Evolve(snapshot?.State, e);
        return new DisputeDetails
        {
            Id = id,
            Version = snapshot?.Version ?? 0,
            State = state,
            BreachedSlaDueAt = !state.MediationOverdue ? null : (e as MediationSlaBreached)?.DueAt ?? snapshot?.BreachedSlaDueAt,
        };
    }

    // The document an append of these events to the stream at `version` leaves: what a writer remembers having committed.
    public static DisputeDetails Committed(DisputeDetails? before, Guid id, long version, IReadOnlyList<IDisputeEvent> events)
    {
        var committed = events.Aggregate(before, (doc, e) => After(doc, id, e))!;
        committed.Version = version + events.Count;
        return committed;
    }
}
