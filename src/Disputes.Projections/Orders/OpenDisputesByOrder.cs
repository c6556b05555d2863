using JasperFx;
using JasperFx.Events.Projections;
using Marten;

namespace Disputes.Projections;

public static class OpenDisputesByOrder
{
    public static void Configure(StoreOptions opts)
    {
        opts.Projections.Add(new OrderOpenDisputeProjection(), ProjectionLifecycle.Inline);
        opts.Schema.For<OrderOpenDispute>().Duplicate(x => x.DisputeId);
    }

    // Which dispute holds the order, read after a failed insert to name it in the conflict.
    public static async Task<Guid?> Find(IQuerySession session, string orderId, CancellationToken ct) =>
        (await session.LoadAsync<OrderOpenDispute>(orderId, ct))?.DisputeId;

    // The insert that fails when another dispute already holds the order.
    public static bool IsConflict(Exception e) => e is DocumentAlreadyExistsException { DocType: var type } && type == typeof(OrderOpenDispute);
}
