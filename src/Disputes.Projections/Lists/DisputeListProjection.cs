using Disputes.Domain;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Disputes.Projections;

// Inline, so a command's effect is listable as soon as its response is sent. Partial for Marten 9's source
// generator; the explicit Evolve folds with the domain's DisputeEvolver and derives the row from the result.
public partial class DisputeListProjection : SingleStreamProjection<DisputeListItem, Guid>
{
    public override DisputeListItem? Evolve(DisputeListItem? snapshot, Guid id, IEvent e) =>
        e.Data is IDisputeEvent @event
            ? DisputeListItem.From(DisputeEvolver.Evolve(snapshot?.State, @event), snapshot, @event)
            : snapshot;
}
