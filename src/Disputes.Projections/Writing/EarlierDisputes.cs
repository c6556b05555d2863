using Disputes.Domain;
using Marten;

namespace Disputes.Projections.Writing;

// The closed disputes of one order, read from the inline details in the opening's own session, for the policy's
// reopening rule. An order has few disputes; the rule needs only the latest, but all are cheap to hand over.
public static class EarlierDisputes
{
    public static async Task<IReadOnlyList<EarlierDispute>> Of(IQuerySession session, string orderId, CancellationToken ct)
    {
        var closed = await session.Query<DisputeDetails>()
            .Where(d => d.State.OrderId == orderId && d.State.Status == DisputeStatus.Closed)
            .ToListAsync(ct);
        return closed.Where(d => d.State.Outcome is not null && d.State.ClosedAt is not null)
            .Select(d => new EarlierDispute(d.Id, d.State.Outcome!.Value, d.State.ClosedAt!.Value, d.State.ProtectionEndsAt))
            .OrderBy(e => e.ClosedAt)
            .ToList();
    }
}
