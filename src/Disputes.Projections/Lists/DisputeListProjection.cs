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

    public override DisputeListItem? Evolve(DisputeListItem? snapshot, Guid id, IEvent e) =>
        e.Data is IDisputeEvent @event
            ? DisputeListItem.From(DisputeEvolver.Evolve(snapshot?.State, @event), snapshot, @event)
            : snapshot;
}
