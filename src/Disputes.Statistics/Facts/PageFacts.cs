using Disputes.Domain;
using Disputes.Projections.Store;
using JasperFx.Events;
using Marten;
using Marten.Events;

namespace Disputes.Statistics.Facts;

// What the statistics projections need about the disputes of one page of events, read in one query: the seller
// and reason (only DisputeOpened carries them) and, for each dispute closing in the page, whether a clock settled
// it. Read from the events themselves rather than from a read model, so rebuilding any projection, these included,
// in any order never changes an answer, and a dispute opened in the same page is found like any other.
public sealed class PageFacts
{
    private readonly Dictionary<Guid, DisputeOpened> openings;
    private readonly Dictionary<Guid, List<IEvent>> histories;

    private PageFacts(Dictionary<Guid, DisputeOpened> openings, Dictionary<Guid, List<IEvent>> histories)
    {
        this.openings = openings;
        this.histories = histories;
    }

    public static async Task<PageFacts> LoadAsync(IQuerySession session, IReadOnlyList<IEvent> events)
    {
        var openedHere = events.Select(e => e.Data).OfType<DisputeOpened>().ToDictionary(o => o.DisputeId);
        var unknown = events.Where(e => e.Data is not DisputeOpened).Select(e => e.StreamId).Distinct()
            .Where(id => !openedHere.ContainsKey(id)).ToArray();
        var closing = events.Where(e => e.Data is DisputeClosed).Select(e => e.StreamId).Distinct().ToArray();
        if (unknown.Length == 0 && closing.Length == 0)
            return new PageFacts(openedHere, []);

        // One round trip: openings of the disputes this page does not open, expiries and escalations of those closing.
        var found = await session.Events.QueryAllRawEvents()
            .Where(e => (unknown.Contains(e.StreamId) && e.EventTypesAre(typeof(DisputeOpened)))
                || (closing.Contains(e.StreamId) && e.EventTypesAre(typeof(DeadlineExpired), typeof(DisputeEscalated))))
            .ToListAsync();

        foreach (var opened in found.Select(e => e.Data).OfType<DisputeOpened>())
            openedHere[opened.DisputeId] = opened;
        var histories = found.Where(e => e.Data is not DisputeOpened)
            .GroupBy(e => e.StreamId)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Version).ToList());
        return new PageFacts(openedHere, histories);
    }

    // Every stream starts with DisputeOpened; a stream without one is corruption, and strict projections stop on it.
    public DisputeOpened Opening(Guid disputeId) =>
        openings.TryGetValue(disputeId, out var opened)
            ? opened
            : throw new InvalidOperationException($"Dispute {disputeId} has events but no DisputeOpened.");

    // The event as the statistics see it: a DisputeClosed becomes a DisputeResolution; anything else is unchanged.
    public IEvent Enrich(IEvent e)
    {
        if (e.Data is not DisputeClosed closed)
            return e;
        var opened = Opening(closed.DisputeId);
        var before = histories.GetValueOrDefault(e.StreamId, []).Where(h => h.Version < e.Version).Select(h => (IDisputeEvent)h.Data);
        return e.CloneEventWithNewData(new DisputeResolution(
            closed.DisputeId, opened.SellerId, opened.Reason, closed.Outcome, closed.Refunded,
            SettlingClocks.SettledByDeadline(before), closed.At));
    }
}
