using Disputes.Domain;
using Disputes.Projections.Rebuilding;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;

namespace Disputes.Projections;

// Inline, so a command's response and GET read the same document. Partial because Marten 9 dispatches
// through a source generator that must see the projection in its own assembly; the explicit Evolve
// keeps the folding in the domain's DisputeEvolver instead of a second set of Apply methods.
//
// The list row is this projection's side effect, derived from the state just folded: a projection of its own
// loaded its previous row in a round trip of its own on every command, only to fold the same events again.
public partial class DisputeProjection : SingleStreamProjection<DisputeDetails, Guid>, IRebuildsPerDispute
{
    public DisputeProjection() => Name = "dispute-details";

    public Task Replace(RebuildBatch batch, CancellationToken ct) => RebuiltDisputeRows.Replace(batch, ct);

    public override DisputeDetails? Evolve(DisputeDetails? snapshot, Guid id, IEvent e)
    {
        if (e.Data is not IDisputeEvent @event)
            return snapshot;
        return DisputeDetails.After(snapshot, id, @event);
    }

    // Once per appended batch, after its last event: asking the machine whom the dispute waits on costs far more
    // than folding an event.
    public override ValueTask RaiseSideEffects(IDocumentOperations operations, IEventSlice<DisputeDetails> slice)
    {
        var last = slice.Events().LastOrDefault(e => e.Data is IDisputeEvent);
        if (slice.Snapshot is { } details && last is { Data: IDisputeEvent @event })
            operations.Store(DisputeListItem.From(details, last.Version, @event.At));
        return ValueTask.CompletedTask;
    }
}
