using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Disputes.Hosting.Telemetry;
using Disputes.Projections.Telemetry;
using Marten;

namespace Disputes.Statistics.Daemon;

// disputes.projections.lag: events each asynchronous projection shard is behind the event store's high-water
// mark, from Marten's own progress table. Inline projections commit with the events and never lag, so on a
// store without async projections this reports nothing; the async daemon's shards appear here by themselves.
public sealed class ProjectionLagProbe : IOperationalProbe
{
    private const string HighWaterMark = "HighWaterMark";
    private readonly IDocumentStore store;
    private readonly ConcurrentDictionary<string, long> lag = new();

    public ProjectionLagProbe(IDocumentStore store, IMeterFactory meters)
    {
        this.store = store;
        meters.Create(DisputesTelemetry.MeterName).CreateObservableGauge(
            "disputes.projections.lag", () => lag.Select(l => new Measurement<long>(l.Value, new KeyValuePair<string, object?>("shard", l.Key))),
            "{event}", "Events an asynchronous projection shard is behind the high-water mark.");
    }

    public async Task SampleAsync(CancellationToken ct)
    {
        var progress = await store.Storage.Database.AllProjectionProgress(ct);
        var high = progress.FirstOrDefault(s => s.ShardName == HighWaterMark)?.Sequence ?? 0;
        foreach (var shard in progress.Where(s => s.ShardName != HighWaterMark))
            lag[shard.ShardName] = Math.Max(0, high - shard.Sequence);
    }
}
