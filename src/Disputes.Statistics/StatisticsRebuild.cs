using Disputes.Statistics.Daemon;
using Marten;

namespace Disputes.Statistics;

// Rebuilds the async statistics from the events with a daemon of its own, safe beside running API instances: it
// asks every instance's daemon to stand down (DaemonPause), then takes the shards' hot/cold locks, so no
// instance's daemon writes the same documents meanwhile (Marten's rebuild stops only the agents of the daemon it
// runs in). Instances pick the shards up again when it withdraws the request.
public static class StatisticsRebuild
{
    public static Task RunAsync(IDocumentStore store, TimeSpan timeoutPerProjection, CancellationToken ct) =>
        RunAsync(store, StatisticsProjections.Names, timeoutPerProjection, ct);

    // How long running instances get to notice the request and stop (their watchers look every few seconds).
    public static readonly TimeSpan StandDownWait = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(IDocumentStore store, IReadOnlyList<string> names, TimeSpan timeoutPerProjection, CancellationToken ct)
    {
        await DaemonPause.RequestAsync(store, $"rebuild on {Environment.MachineName}", timeoutPerProjection * names.Count + StandDownWait, ct);
        try
        {
            await using var locks = await TakeLocks(store, names, ct)
                ?? throw new InvalidOperationException(
                    $"An API instance's daemon is still running the statistics projections {StandDownWait.TotalSeconds:F0} s after being asked to stand "
                    + "down (an instance without the pause watcher, or in Solo mode?); stop it (Disputes:Projections:Daemon=Disabled) and retry.");
            using var daemon = await store.BuildProjectionDaemonAsync();
            foreach (var name in names)
                await daemon.RebuildProjectionAsync(name, timeoutPerProjection, ct);
        }
        finally
        {
            await DaemonPause.WithdrawAsync(store, CancellationToken.None);
        }
    }

    private static async Task<ShardLocks?> TakeLocks(IDocumentStore store, IReadOnlyList<string> names, CancellationToken ct)
    {
        var giveUp = DateTime.UtcNow + StandDownWait;
        while (true)
        {
            if (await ShardLocks.TryTakeAsync(store, names.ToList(), ct) is { } locks)
                return locks;
            if (DateTime.UtcNow >= giveUp)
                return null;
            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }
    }
}
