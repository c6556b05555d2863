using Disputes.Domain;
using Disputes.Projections.Rebuilding;
using Marten;
using Marten.Events.Projections;
using NpgsqlTypes;

namespace Disputes.Projections;

// Insert, not Store: an upsert would let the second opening silently take the order over.
// Partial with public methods for Marten 9's source-generated dispatch.
public partial class OrderOpenDisputeProjection : EventProjection, IRebuildsPerDispute
{
    public OrderOpenDisputeProjection() => Name = "open-dispute-by-order";

    public void Project(DisputeOpened e, IDocumentOperations ops) =>
        ops.Insert(new OrderOpenDispute { Id = e.OrderId, DisputeId = e.DisputeId });

    // DisputeClosed does not repeat the order id; the dispute id finds the row.
    public void Project(DisputeClosed e, IDocumentOperations ops) =>
        ops.DeleteWhere<OrderOpenDispute>(x => x.DisputeId == e.DisputeId);

    // What the two methods above leave after each whole history: its order's row while the dispute is not closed. Each
    // history on its own, as each was written: a closed dispute and a later one on the same order may share a batch.
    // Copied in plainly, so a second open dispute on one order fails the batch as the inline insert fails the command.
    public async Task Replace(RebuildBatch batch, CancellationToken ct)
    {
        var rows = new List<OrderOpenDispute>();
        foreach (var history in batch.Histories)
        {
            var held = new List<OrderOpenDispute>();
            foreach (var e in history.Events)
            {
                if (e.Data is DisputeOpened opened)
                    held.Add(new OrderOpenDispute { Id = opened.OrderId, DisputeId = opened.DisputeId });
                else if (e.Data is DisputeClosed closed)
                    held.RemoveAll(row => row.DisputeId == closed.DisputeId);
            }
            rows.AddRange(held);
        }

        var table = await batch.DocumentTable<OrderOpenDispute>(ct);
        await batch.Execute($"delete from {table} where dispute_id = any($1)", ct);
        await batch.CopyDocuments(table, order => order.Id, NpgsqlDbType.Varchar, ["dispute_id"], rows,
            (row, order) => row.Write(order.DisputeId, NpgsqlDbType.Uuid), ct);
    }
}
