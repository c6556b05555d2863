using Disputes.Domain;
using Disputes.Projections;
using Marten;

namespace Disputes.Api.Assignment;

// The desk as one pass sees it: the active profiles, how many cases each mediator holds, and the waiting cases in the
// order they are served (escalated longest ago first, then by id).
public sealed record DeskQueue(IReadOnlyList<MediatorProfile> Profiles, IReadOnlyDictionary<string, int> Held, IReadOnlyList<DisputeListItem> Waiting)
{
    public static async Task<DeskQueue> LoadAsync(IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var profiles = await session.Query<MediatorProfile>().Where(p => p.Active).ToListAsync(ct);
        var holders = await session.Query<DisputeListItem>()
            .Where(r => r.Assigned && (r.Status == DisputeStatus.UnderMediation || r.Status == DisputeStatus.AwaitingEvidence))
            .ToListAsync(ct);
        var waiting = await session.Query<DisputeListItem>().Where(r => r.Status == DisputeStatus.AwaitingMediator).ToListAsync(ct);
        return new DeskQueue(
            [.. profiles.OrderBy(p => p.Id, StringComparer.Ordinal)],
            holders.Where(h => h.MediatorId is not null).GroupBy(h => h.MediatorId!).ToDictionary(g => g.Key, g => g.Count()),
            [.. waiting.OrderBy(r => r.EscalatedAt).ThenBy(r => r.Id)]);
    }
}
