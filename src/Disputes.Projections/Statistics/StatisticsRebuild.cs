using Disputes.Projections.Progress;
using Marten;

namespace Disputes.Projections.Statistics;

// Rebuilds the async statistics from the events with a daemon of its own, safe beside running API instances: it
// first takes the shards' hot/cold locks, so no instance's daemon writes the same documents meanwhile (Marten's
// rebuild stops only the agents of the daemon it runs in). Instances pick the shards up again when it lets go.
public static class StatisticsRebuild
{
    public static async Task RunAsync(IDocumentStore store, TimeSpan timeoutPerProjection, CancellationToken ct)
    {
        await using var locks = await ShardLocks.TryTakeAsync(store, StatisticsProjections.Names.ToList(), ct)
            ?? throw new InvalidOperationException(
                "An API instance's daemon is running the statistics projections right now; stop it (Disputes:Projections:Daemon=Disabled) "
                + "or rebuild from that instance.");
        using var daemon = await store.BuildProjectionDaemonAsync();
        foreach (var name in StatisticsProjections.Names)
            await daemon.RebuildProjectionAsync(name, timeoutPerProjection, ct);
    }
}
