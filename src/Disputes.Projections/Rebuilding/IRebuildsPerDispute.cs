namespace Disputes.Projections.Rebuilding;

// A projection whose rows each belong to one dispute. That is what lets it be rebuilt a batch of streams at a
// time while commands keep writing: in the batch's transaction, which holds the streams' rows locked, its rows for
// those disputes are replaced by what their whole histories project to. The rows written must be exactly the ones
// the projection writes inline, command by command (RebuiltRows, integration, compares them).
public interface IRebuildsPerDispute
{
    Task Replace(RebuildBatch batch, CancellationToken ct);
}
