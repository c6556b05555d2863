using Disputes.Domain;
using Marten;

namespace Disputes.Projections.Writing;

// The closed disputes of one order, for the policy's reopening rule, read in the opening's own session. The list rows
// find the order's disputes by their indexed order id (every opening asks, so no scan of the details table); the
// details then say how each closed and how long the order's protection ran by then.
public static class EarlierDisputes
{
    public static async Task<IReadOnlyList<EarlierDispute>> Of(IQuerySession session, string orderId, CancellationToken ct)
    {
        var ids = await session.Query<DisputeListItem>().Where(x => x.OrderId == orderId && !x.IsOpen).Select(x => x.Id).ToListAsync(ct);
        if (ids.Count == 0)
            return [];
        var details = await session.LoadManyAsync<DisputeDetails>(ct, ids);
        return details.Where(d => d.State is { Status: DisputeStatus.Closed, Outcome: not null, ClosedAt: not null })
            .Select(d => new EarlierDispute(d.Id, d.State.Outcome!.Value, d.State.ClosedAt!.Value, d.State.ProtectionEndsAt))
            .OrderBy(e => e.ClosedAt)
            .ToList();
    }
}
