using Disputes.Hosting.Workers;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.Options;

namespace Disputes.Statistics.Daemon;

// Stands this instance's async daemon down while a rebuild has asked for it (DaemonPause), so the rebuild can take
// the hot/cold shard locks without anyone restarting or reconfiguring the instance, and brings it back when the
// request is withdrawn or expires. Requests keep being served throughout; only the statistics wait.
public sealed class DaemonPauseWatcher(
    IDocumentStore store, IProjectionCoordinator coordinator, IOptions<AsyncProjectionOptions> options, ILogger<DaemonPauseWatcher> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Daemon == DaemonRole.Disabled)
            return;
        var stoodDown = false;
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var requested = await DaemonPause.IsRequestedAsync(store, stoppingToken);
                if (requested && !stoodDown)
                {
                    logger.LogInformation("A projection rebuild asked the async daemons to stand down; stopping this instance's daemon.");
                    // Stop, not pause: only a stop releases the shard locks the rebuild is waiting for.
                    await coordinator.StopAsync(stoppingToken);
                    stoodDown = true;
                }
                else if (!requested && stoodDown)
                {
                    logger.LogInformation("The projection rebuild is over; starting this instance's daemon again.");
                    await coordinator.ResumeAsync();
                    stoodDown = false;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database is away or the daemon refused to stop: look again on the next tick.
                logger.LogWarning(e, "Could not check or apply the daemon stand-down request.");
            }
        }
    }
}
