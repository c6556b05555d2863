using Disputes.Domain;
using Disputes.Projections.Rebuilding;
using Marten;
using Marten.Events.Projections;

namespace Disputes.Projections;

// Insert, not Store: an upsert would let the second opening silently take the order over.
// Partial with public methods for Marten 9's source-generated dispatch.
public partial class OrderOpenDisputeProjection : EventProjection, IForgetsDisputes
{
    public OrderOpenDisputeProjection() => Name = "open-dispute-by-order";

    public void Forget(IDocumentOperations operations, Guid[] disputeIds) =>
        operations.DeleteWhere<OrderOpenDispute>(x => x.DisputeId.IsOneOf(disputeIds));

    public void Project(DisputeOpened e, IDocumentOperations ops) =>
        ops.Insert(new OrderOpenDispute { Id = e.OrderId, DisputeId = e.DisputeId });

    // DisputeClosed does not repeat the order id; the dispute id finds the row.
    public void Project(DisputeClosed e, IDocumentOperations ops) =>
        ops.DeleteWhere<OrderOpenDispute>(x => x.DisputeId == e.DisputeId);
}
