using Disputes.Domain;
using Disputes.Projections.Rebuilding;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;

namespace Disputes.Projections;

// Inline, so a command's response and GET read the same document. Partial because Marten 9 dispatches
// through a source generator that must see the projection in its own assembly; the explicit Evolve
// keeps the folding in the domain's DisputeEvolver instead of a second set of Apply methods.
public partial class DisputeProjection : SingleStreamProjection<DisputeDetails, Guid>, IForgetsDisputes
{
    public DisputeProjection() => Name = "dispute-details";

    public void Forget(IDocumentOperations operations, Guid[] disputeIds) =>
        operations.DeleteWhere<DisputeDetails>(d => d.Id.IsOneOf(disputeIds));

    public override DisputeDetails? Evolve(DisputeDetails? snapshot, Guid id, IEvent e) =>
        e.Data is IDisputeEvent @event
            ? new DisputeDetails { Id = id, Version = snapshot?.Version ?? 0, State = DisputeEvolver.Evolve(snapshot?.State, @event) }
            : snapshot;
}
