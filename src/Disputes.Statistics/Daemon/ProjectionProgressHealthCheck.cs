using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Disputes.Statistics.Daemon;

// Unhealthy when the async projections stall: the high-water mark has not followed new events, or a shard has not
// followed the mark, for a whole stall window. Judged from the shared progression table, so every instance gives
// the same answer whichever of them holds the hot/cold leadership (or none: a daemon disabled everywhere shows up
// as a mark that never moves). Kept out of readiness: the condition is the database's, so failing readiness would
// take every instance out of the load balancer at once over statistics that are merely late.
public sealed class ProjectionProgressHealthCheck(IDocumentStore store, IOptions<AsyncProjectionOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var verdict = ProgressVerdict.Judge(await ProgressSnapshot.ReadAsync(store, ct), Duration.FromTimeSpan(options.Value.StallWindow));
        var data = new Dictionary<string, object>
        {
            ["newestSequence"] = verdict.NewestSequence,
            ["stallWindowSeconds"] = verdict.StallWindow.TotalSeconds,
            ["highWaterMark"] = verdict.HighWaterMark,
            ["shards"] = verdict.Shards,
        };
        if (!verdict.Stalled)
            return HealthCheckResult.Healthy(Describe(verdict), data);
        var stalled = string.Join(", ", verdict.StalledRows.Select(r => $"{r.Name} at {r.Position}, {r.Lag} behind"));
        return HealthCheckResult.Unhealthy($"Async projections stalled for over {verdict.StallWindow}: {stalled}.", data: data);
    }

    private static string Describe(ProgressVerdict verdict) =>
        verdict.HighWaterMark.Lag == 0 && verdict.Shards.All(s => s.Lag == 0)
            ? "Async projections are caught up."
            : $"Async projections are behind and moving (high-water mark {verdict.HighWaterMark.Lag} behind the newest event).";
}
