using Marten;

namespace Disputes.Projections.Rebuilding;

// A projection whose rows each belong to one dispute. That is what lets it be rebuilt a batch of streams at a
// time while commands keep writing: in one transaction, forget the batch's rows and replay the batch's streams.
public interface IForgetsDisputes
{
    void Forget(IDocumentOperations operations, Guid[] disputeIds);
}
