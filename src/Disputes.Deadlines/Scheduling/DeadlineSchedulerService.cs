using Microsoft.Extensions.Options;
using NodaTime;

namespace Disputes.Deadlines.Scheduling;

// The hosted loop: drain what is due, then sleep until the next due instant or lease end (bounded by
// MaxIdle, floored by MinIdle), woken early by DeadlineSignal. An idle instance makes one cheap query per wakeup.
public sealed class DeadlineSchedulerService(
    DeadlineScheduler scheduler,
    DeadlineSignal signal,
    SchedulerState state,
    IClock clock,
    IOptions<SchedulerOptions> options,
    ILogger<DeadlineSchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            state.Set(SchedulerStatus.Disabled);
            return;
        }

        // Off the host's start-up path: StartAsync returns before the first database round trip.
        await Task.Yield();
        state.Set(SchedulerStatus.Running);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan sleep;
                try
                {
                    signal.PlanDrain();
                    await scheduler.DrainDueAsync(stoppingToken);
                    var next = await scheduler.NextWakeAsync(stoppingToken);
                    var now = clock.GetCurrentInstant();
                    var wakeAt = next is { } due && due < now + Duration.FromTimeSpan(settings.MaxIdle)
                        ? due
                        : now + Duration.FromTimeSpan(settings.MaxIdle);
                    signal.PlanWake(wakeAt);
                    sleep = Clamp((wakeAt - now).ToTimeSpan(), settings.MinIdle, settings.MaxIdle);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // The database may be down: keep the loop alive and try again; readiness shows the failures.
                    logger.LogError(e, "Deadline scheduler run failed.");
                    state.RunFailed(e);
                    sleep = settings.RetryAfter < settings.MaxIdle ? settings.RetryAfter : settings.MaxIdle;
                }

                await signal.WaitAsync(sleep, stoppingToken);
                state.Heartbeat();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "Deadline scheduler stopped.");
            state.RunFailed(e);
            state.Set(SchedulerStatus.Faulted);
            return;
        }

        state.Set(SchedulerStatus.Stopped);
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) =>
        value < min ? min : value > max ? max : value;
}
