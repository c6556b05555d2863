using Microsoft.Extensions.Options;
using NodaTime;

namespace Disputes.Webhooks.Delivery;

// The hosted loop: deliver what is deliverable, then sleep until the next retry or lease end (bounded by MaxIdle,
// floored by MinIdle), woken early by WebhookSignal. An idle instance makes one cheap query per wakeup.
public sealed class WebhookDispatcherService(
    WebhookDispatcher dispatcher,
    WebhookSignal signal,
    WebhookDispatcherState state,
    IClock clock,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            state.Set(DispatcherStatus.Disabled);
            return;
        }

        // Off the host's start-up path: StartAsync returns before the first database round trip.
        await Task.Yield();
        state.Set(DispatcherStatus.Running);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan sleep;
                var ran = System.Diagnostics.Stopwatch.GetTimestamp();
                try
                {
                    await dispatcher.DrainAsync(stoppingToken);
                    var next = await dispatcher.NextWakeAsync(stoppingToken);
                    sleep = next is { } at ? (at - clock.GetCurrentInstant()).ToTimeSpan() : settings.MaxIdle;
                    sleep = sleep < settings.MinIdle ? settings.MinIdle : sleep > settings.MaxIdle ? settings.MaxIdle : sleep;
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // The database may be down: keep the loop alive; readiness shows repeated failures.
                    logger.LogError(e, "Webhook dispatcher run failed.");
                    state.RunFailed(e);
                    sleep = settings.MaxIdle;
                }

                await signal.WaitAsync(sleep, stoppingToken);
                // Commits poke far more often than a drain takes under load: coalesce them into at most one drain per
                // MinIdle (the poke stays pending) rather than one claim round per commit.
                var early = settings.MinIdle - System.Diagnostics.Stopwatch.GetElapsedTime(ran);
                if (early > TimeSpan.Zero)
                    await Task.Delay(early, stoppingToken);
                state.Heartbeat();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "Webhook dispatcher stopped.");
            state.RunFailed(e);
            state.Set(DispatcherStatus.Faulted);
            return;
        }

        state.Set(DispatcherStatus.Stopped);
    }
}
