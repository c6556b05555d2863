using Disputes.Domain;
using Disputes.Projections;
using Disputes.Projections.Store;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Core;

namespace Disputes.Projections;

// The store's shape, shared by the API and tools so both read and write the same schema: the event store, the JSON,
// and the per-dispute read models every command writes, then each feature module's own part (IStoreModule).
public static class MartenSetup
{
    // autoCreate: CreateOrUpdate in development and tests; None in production, where `schema apply` migrates.
    public static void Configure(
        StoreOptions opts, string connectionString, string schemaName, IEnumerable<IStoreModule> modules, AutoCreate autoCreate = AutoCreate.CreateOrUpdate)
    {
        opts.Connection(connectionString);
        opts.DatabaseSchemaName = schemaName;
        opts.AutoCreateSchemaObjects = autoCreate;

        // Spans per connection use and counters of appended events, under the "Marten" source and meter.
        opts.OpenTelemetry.TrackConnections = JasperFx.OpenTelemetry.TrackLevel.Normal;
        opts.OpenTelemetry.TrackEventCounters();

        opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, o => DisputesJson.ConfigureStore(o));

        opts.Events.StreamIdentity = StreamIdentity.AsGuid;
        opts.Events.AppendMode = EventAppendMode.Quick;
        opts.Events.AddEventTypes(EventTypes());
        RenamedEvents.Configure(opts);
        // Auditors see who asked (correlation id), under which key and policy, beside every event.
        opts.Events.MetadataConfig.CorrelationIdEnabled = true;
        opts.Events.MetadataConfig.CausationIdEnabled = true;
        opts.Events.MetadataConfig.HeadersEnabled = true;

        // A projection that cannot apply an event must stop, never silently drift from the stream.
        foreach (var errors in new[] { opts.Projections.Errors, opts.Projections.RebuildErrors })
        {
            errors.SkipApplyErrors = false;
            errors.SkipSerializationErrors = false;
            errors.SkipUnknownEvents = false;
        }

        opts.Projections.Add(new DisputeProjection(), ProjectionLifecycle.Inline);
        // The projection folds onto the document FetchForWriting has just read instead of loading it again: the
        // writer never changes what it fetched (the state is immutable; Decide answers with events).
        opts.Events.UseIdentityMapForAggregates = true;
        // Quick append assigns stream versions in the database; mapping Version to the revision is how
        // the inline document learns the version it reflects.
        opts.Schema.For<DisputeDetails>().Metadata(m => m.Revision.MapTo(d => d.Version));

        DisputeListSchema.Configure(opts);
        OpenDisputesByOrder.Configure(opts);
        ParticipantPreferences.Configure(opts);

        foreach (var module in modules)
            module.Configure(opts);
    }

    public static IEnumerable<Type> EventTypes() => DisputeEventTypes.All();
}
