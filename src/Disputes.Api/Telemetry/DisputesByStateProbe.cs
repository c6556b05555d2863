using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Disputes.Hosting.Telemetry;
using Disputes.Projections;
using Disputes.Projections.Telemetry;
using Marten;

namespace Disputes.Api.Telemetry;

// disputes.disputes: how many disputes are in each state now, from the inline details documents.
public sealed class DisputesByStateProbe : IOperationalProbe
{
    private readonly IDocumentStore store;
    private readonly ConcurrentDictionary<string, long> counts = new();

    public DisputesByStateProbe(IDocumentStore store, IMeterFactory meters)
    {
        this.store = store;
        meters.Create(DisputesTelemetry.MeterName).CreateObservableGauge(
            "disputes.disputes", () => counts.Select(c => new Measurement<long>(c.Value, new KeyValuePair<string, object?>("state", c.Key))),
            "{dispute}", "Disputes in each state.");
    }

    public async Task SampleAsync(CancellationToken ct)
    {
        var table = store.Options.Schema.For<DisputeDetails>();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new Npgsql.NpgsqlCommand($"select data -> 'state' ->> 'status', count(*) from {table} group by 1", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var seen = new HashSet<string>();
        while (await reader.ReadAsync(ct))
        {
            var state = reader.IsDBNull(0) ? "unknown" : reader.GetString(0);
            counts[state] = reader.GetInt64(1);
            seen.Add(state);
        }
        // A state nobody is in any more reads 0 rather than its last count.
        foreach (var gone in counts.Keys.Except(seen))
            counts[gone] = 0;
    }
}
