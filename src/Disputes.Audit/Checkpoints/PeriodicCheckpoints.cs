using Microsoft.Extensions.Options;

namespace Disputes.Audit.Checkpoints;

// The background loop: take a checkpoint whenever the newest one is an Interval old, then sleep until the next is
// due. Every instance may run it; CheckpointStore makes sure only one of them takes each checkpoint.
public sealed class PeriodicCheckpoints(CheckpointStore checkpoints, IOptions<CheckpointOptions> options, ILogger<PeriodicCheckpoints> logger)
    : BackgroundService
{
    private static readonly TimeSpan ShortestSleep = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || !checkpoints.CanSign)
            return;

        // Off the host's start-up path.
        await Task.Yield();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan sleep;
                try
                {
                    var (taken, wait) = await checkpoints.TakePeriodic(settings.Interval, stoppingToken);
                    if (taken?.Summary is { } c)
                        logger.LogInformation("Checkpoint {CheckpointId} signed with key {KeyId}: {Disputes} disputes, sequence {Sequence}",
                            c.Id, c.KeyId, c.Disputes, c.Sequence);
                    sleep = wait;
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // The database may be down: keep the loop alive and try again.
                    sleep = settings.Interval < RetryAfter ? settings.Interval : RetryAfter;
                    logger.LogError(e, "Periodic checkpoint failed; trying again in {Delay}", sleep);
                }
                await Task.Delay(sleep < ShortestSleep ? ShortestSleep : sleep, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
