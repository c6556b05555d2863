using Disputes.Domain;
using Disputes.Projections.Rebuilding;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;

namespace Disputes.Projections;

// Inline, so a command's effect is listable as soon as its response is sent. Partial for Marten 9's source
// generator; the explicit Evolve folds with the domain's DisputeEvolver and derives the row from the result.
public partial class DisputeListProjection : SingleStreamProjection<DisputeListItem, Guid>, IForgetsDisputes
{
    public DisputeListProjection() => Name = "dispute-list";

    public void Forget(IDocumentOperations operations, Guid[] disputeIds) =>
        operations.DeleteWhere<DisputeListItem>(d => d.Id.IsOneOf(disputeIds));

    public override DisputeListItem? Evolve(DisputeListItem? snapshot, Guid id, IEvent e)
    {
        if (e.Data is not IDisputeEvent @event)
            return snapshot;
        var item = DisputeListItem.From(DisputeEvolver.Evolve(snapshot?.State, @event), snapshot, @event);
        item.Version = e.Version;
        return item;
    }

    // Called for each event of the batch after all were folded; only the last one's call does the work.
    public override DisputeListItem ApplyMetadata(DisputeListItem snapshot, IEvent lastEvent)
    {
        if (lastEvent.Version == snapshot.Version && lastEvent.Data is IDisputeEvent @event)
            snapshot.RecordWaiting(@event.At);
        return snapshot;
    }
}
