using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Internal.Sessions;

namespace Disputes.Projections.Store;

// Everything Disputes relies on about how Marten lays out and runs the store beyond its public API, in one place, so
// a Marten upgrade is checked here and nowhere else (tests/…/Operations/MartenInternalsPinned proves each against the
// Marten in use). Raw SQL over the event store is for what Marten's API cannot do in one statement: the hash chain
// and its verification, the outbox's insert…select, streaming exports and rebuilds, the daemon's shared progress.
public static class MartenInternals
{
    // IDocumentStore.Options is a read-only view; the StoreOptions behind it holds the configured projections, the
    // auto-create mode and the migrator.
    public static StoreOptions Options(IDocumentStore store) => (StoreOptions)store.Options;

    // The event store's tables. mt_events: seq_id (global sequence), id, stream_id, version, data (jsonb), type (the
    // stored event name), timestamp, headers (jsonb), correlation_id, causation_id, is_archived. mt_streams: id,
    // version (the stream's newest), timestamp, is_archived. mt_events_sequence draws seq_id.
    public const string EventsTable = "mt_events";

    public static string Events(string schema) => $"\"{schema}\".{EventsTable}";

    public static string Streams(string schema) => $"\"{schema}\".mt_streams";

    public static string EventSequence(string schema) => $"\"{schema}\".mt_events_sequence";

    // The async daemon's progress per shard (name, last_seq_id, last_updated), shared by every instance.
    public static string Progression(string schema) => $"\"{schema}\".mt_event_progression";

    // The event graph behind IEventStoreOptions: it maps each event type to the name it is stored under.
    public static Marten.Events.EventGraph EventGraph(IDocumentStore store) => (Marten.Events.EventGraph)Options(store).Events;

    // A document table, and the columns of its own besides the duplicated fields: id, data (jsonb), mt_dotnet_type
    // (the document type's full name), mt_version (the revision of a revisioned document; otherwise a uuid its default
    // draws), mt_last_modified (the transaction's timestamp by default). A rebuild copies rows in through these.
    // Created first where the store creates its schema objects as it goes: SQL that names the table must find it.
    public static async Task<string> DocumentTable<T>(IDocumentStore store, CancellationToken ct)
    {
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(T), ct);
        return store.Options.FindOrResolveDocumentType(typeof(T)).TableName.QualifiedName;
    }

    public static readonly string[] DocumentColumns = ["id", "data", "mt_dotnet_type"];

    public const string RevisionColumn = "mt_version";

    public static string DotNetType<T>() => typeof(T).FullName!;

    // The filler rows a failed quick append leaves for the sequence numbers it drew (a refused second opening on an
    // order, say): in a stream of their own, with no timestamp, part of no dispute's history.
    public const string TombstoneType = "tombstone";

    // The advisory lock under which the hot/cold daemon leads one async shard on one schema.
    public static long ShardLock(StoreOptions options, ShardName shard) =>
        ProjectionLockIds.Compute(options.Events.DatabaseSchemaName, shard, options.Projections.DaemonLockId);

    // Every async shard the store runs, by name ("SellerScorecard:All").
    public static IEnumerable<ShardName> AsyncShards(IDocumentStore store) => Options(store).Projections.AllShards().Select(s => s.Name);

    // With UseIdentityMapForAggregates on, the inline projection of an aggregate takes the document from the session's
    // identity map instead of loading it: that is how FetchForWriting spares it a load, and how the write path, holding
    // the document it committed itself, spares the fetch too (QuerySession.ItemMap is public, not documented).
    public static void HoldInIdentityMap<T>(IDocumentSession session, Guid id, T document) where T : notnull
    {
        session.UseIdentityMapFor<T>();
        var map = ((QuerySession)session).ItemMap;
        if (map.TryGetValue(typeof(T), out var existing) && existing is Dictionary<Guid, T> typed)
            typed[id] = document;
        else
            map[typeof(T)] = new Dictionary<Guid, T> { [id] = document };
    }
}
