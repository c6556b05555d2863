using System.Diagnostics.Metrics;
using Disputes.Api.Composition;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Workers;
using Disputes.Projections.Store;
using JasperFx;
using JasperFx.Events;
using Marten;
using NodaTime;

namespace Disputes.Api.Bench;

// The load benchmark's yardstick (docs/PERFORMANCE.md): the same host, auth and Marten append, without the domain,
// Mediator, inline projections, hash chain or outbox. Off unless Disputes:Bench:ControlEndpoint is true, and never in
// the OpenAPI document, so production never serves it.
public static class BenchControl
{
    public const string Setting = "Disputes:Bench:ControlEndpoint";

    public static bool Enabled(IConfiguration config) => config.GetValue<bool>(Setting);

    public static IServiceCollection AddDisputesBenchControl(this IServiceCollection services, IConfiguration config)
    {
        if (!Enabled(config))
            return services;
        // A store of its own in a schema of its own: events only, so the async daemon never meets the ping type.
        services.AddSingleton(sp =>
        {
            var connectionString = config.GetConnectionString("Disputes")!;
            var store = DocumentStore.For(options =>
            {
                options.Connection(connectionString);
                options.DatabaseSchemaName = StoreServices.SchemaName(config) + "_bench";
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                options.UseSystemTextJsonForSerialization(Weasel.Core.EnumStorage.AsString, Weasel.Core.Casing.CamelCase, o => DisputesJson.ConfigureStore(o));
                options.Events.StreamIdentity = StreamIdentity.AsGuid;
                options.Events.AppendMode = EventAppendMode.Quick;
                options.Events.AddEventType<BenchPinged>();
            });
            return new ControlStore(store);
        });
        services.AddSingleton<RoundTripCounter>();
        return services;
    }

    public static IEndpointRouteBuilder MapBenchControl(this IEndpointRouteBuilder app, IConfiguration config)
    {
        if (!Enabled(config))
            return app;
        var bench = app.MapGroup("/bench").ExcludeFromDescription();
        bench.MapPost("/control/{streamId:guid}", Append).RequireAuthorization(AuthPolicies.Storefront);
        // The control taken apart: the same request without the append, and without the token check as well.
        bench.MapPost("/control/authorized", () => TypedResults.NoContent()).RequireAuthorization(AuthPolicies.Storefront);
        bench.MapPost("/control/http", () => TypedResults.NoContent()).AllowAnonymous();
        // Database round trips so far (Npgsql commands and batches), for round trips per command.
        bench.MapGet("/round-trips", (RoundTripCounter counter) => TypedResults.Ok(new { commands = counter.Count }));
        // The control store's schema is created before the measured run, not by its first request.
        bench.MapPost("/control/prepare", async (ControlStore control, CancellationToken ct) =>
        {
            await control.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            return TypedResults.NoContent();
        });
        // Touch the counter so it listens from startup.
        _ = app.ServiceProvider.GetRequiredService<RoundTripCounter>();
        return app;
    }

    private static async Task<IResult> Append(Guid streamId, ControlStore control, IClock clock, CancellationToken ct)
    {
        await using var session = control.Store.LightweightSession();
        session.Events.Append(streamId, new BenchPinged(streamId, clock.GetCurrentInstant()));
        await session.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}

public sealed record BenchPinged(Guid StreamId, Instant At);

public sealed record ControlStore(IDocumentStore Store);

// Counts Npgsql's command executions (a batch is one) from the "Npgsql" meter, across every data source of the process.
public sealed class RoundTripCounter : IDisposable
{
    private readonly MeterListener listener = new();
    private long count;

    public RoundTripCounter()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Npgsql" && instrument.Name == "db.client.commands.duration")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref count));
        listener.Start();
    }

    public long Count => Interlocked.Read(ref count);

    public void Dispose() => listener.Dispose();
}
