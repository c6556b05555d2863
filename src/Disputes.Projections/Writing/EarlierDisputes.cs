using Disputes.Domain;
using Disputes.Projections.Store;
using Marten;

namespace Disputes.Projections.Writing;

// The closed disputes of one order, for the policy's reopening rule, read in the opening's own session. The list rows
// find the order's disputes by their indexed order id (every opening asks, so no scan of the details table); the
// details then say how each closed and how long the order's protection ran by then. One statement in SQL: as a LINQ
// query and a load it cost every opening two round trips and Marten's parse of the expression, a twentieth of the
// API's CPU under the load benchmark.
public static class EarlierDisputes
{
    public static async Task<IReadOnlyList<EarlierDispute>> Of(IQuerySession session, string orderId, CancellationToken ct)
    {
        var list = await MartenInternals.DocumentTable<DisputeListItem>(session.DocumentStore, ct);
        var details = await session.QueryAsync<DisputeDetails>($"where d.id in (select l.id from {list} as l where l.order_id = ?)", ct, orderId);
        return details.Where(d => d.State is { Status: DisputeStatus.Closed, Outcome: not null, ClosedAt: not null })
            .Select(d => new EarlierDispute(d.Id, d.State.Outcome!.Value, d.State.ClosedAt!.Value, d.State.ProtectionEndsAt))
            .OrderBy(e => e.ClosedAt)
            .ToList();
    }
}
