using Disputes.Audit;
using Disputes.Deadlines;
using Disputes.Domain;
using Disputes.Projections;
using Disputes.Projections.Store;
using Disputes.Statistics;
using Disputes.Webhooks;
using Marten;
using NodaTime;
using Npgsql;

// A fresh schema holding N events of realistic histories (LifecycleHistories) and nothing else: seeded through a
// store without projections, so only the events (and their hash chain) are written, then vacuumed so what is
// measured next does not pay for the seeding's leftovers. The returned store is shaped as the API shapes it.
internal static class SeededEvents
{
    // The store as the API shapes it, without the API's commit listeners (nothing here waits on them).
    private static readonly IStoreModule[] Modules = [new DeadlinesStore(), new WebhooksStore(), new AuditStore(), new StatisticsStore()];

    // Stops at targetEvents, or at targetDisputes when given.
    public static async Task<(DocumentStore Store, int Disputes, long Events)> Create(string connectionString, string schema, long targetEvents, int? targetDisputes = null)
    {
        await Execute(connectionString, $"drop schema if exists \"{schema}\" cascade");
        var store = DocumentStore.For(opts => MartenSetup.Configure(opts, connectionString, schema, Modules));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        using var seeder = DocumentStore.For(opts =>
        {
            MartenSetup.Configure(opts, connectionString, schema, Modules);
            opts.Projections.All.Clear();
            opts.AutoCreateSchemaObjects = JasperFx.AutoCreate.None;
        });
        var start = Instant.FromUtc(2026, 1, 5, 9, 0);
        var disputes = 0;
        long events = 0;
        bool More() => targetDisputes is { } target ? disputes < target : events < targetEvents;
        while (More())
        {
            await using var session = seeder.LightweightSession();
            for (var i = 0; i < 500 && More(); i++, disputes++)
            {
                var history = LifecycleHistories.For(disputes, start + Duration.FromMinutes(disputes));
                session.Events.StartStream<DisputeDetails>(((IDisputeEvent)history[0]).DisputeId, history.Cast<object>().ToArray());
                events += history.Count;
            }
            await session.SaveChangesAsync();
        }

        await Execute(connectionString, $"vacuum analyze \"{schema}\".mt_events");
        return (store, disputes, events);
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync();
    }
}
