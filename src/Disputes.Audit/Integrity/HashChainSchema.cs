using JasperFx.Events;
using Marten;
using Marten.Events;
using Marten.Events.Projections;
using Weasel.Core;

namespace Disputes.Audit.Integrity;

// Installs the hash-chain trigger; projects nothing. A projection because Marten builds the schema objects of
// projections as part of the event store itself, in the same migration as mt_events and right after it, so
// the trigger exists before the first append even in a fresh schema. Storage.ExtendedSchemaObjects would not
// do: Marten applies those before the event tables (no trigger on a table that does not exist yet) and, when
// creating lazily, only once a session queues SQL, so a first append without a deadline row would go unhashed.
public sealed class HashChainSchema : EventProjection, IProjectionSchemaSource
{
    IEnumerable<ISchemaObject> IProjectionSchemaSource.CreateSchemaObjects(EventGraph events) =>
        [new HashChainTrigger(events.DatabaseSchemaName)];

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation) =>
        ValueTask.CompletedTask;
}
