using System.Diagnostics;
using NodaTime;

namespace Disputes.Hosting.Workers;

// The hosted loop of one leased worker: run it, sleep until what it found falls due (WorkerPacing), woken early by its
// signal. An idle instance makes one cheap query per wakeup. On shutdown the run in flight finishes (the worker hands
// back what it had not started) before the loop reports Stopped.
public sealed class WorkerLoop<TWorker>(
    TWorker worker, WorkerState state, WakeSignal signal, WorkerOptions options, IClock clock, ILogger<WorkerLoop<TWorker>> logger)
    : BackgroundService
    where TWorker : ILeasedWorker
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            state.Set(WorkerStatus.Disabled);
            return;
        }

        // Off the host's start-up path: StartAsync returns before the first database round trip.
        await Task.Yield();
        state.Set(WorkerStatus.Running);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var began = Stopwatch.GetTimestamp();
                var sleep = await RunAsync(stoppingToken);
                await signal.WaitAsync(sleep, stoppingToken);
                if (WorkerPacing.Coalescing(Stopwatch.GetElapsedTime(began), options) is { Ticks: > 0 } rest)
                    await Task.Delay(rest, stoppingToken);
                state.Heartbeat();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "The {Worker} stopped.", state.Name);
            state.RunFailed(e);
            state.Set(WorkerStatus.Faulted);
            return;
        }

        state.Set(WorkerStatus.Stopped);
    }

    // One run and how long to sleep after it.
    private async Task<TimeSpan> RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            signal.PlanRun();
            await worker.WorkAsync(stoppingToken);
            Instant? next;
            // Polling is not traced (a root span per wakeup of every instance); what a run works off is.
            using (OpenTelemetry.SuppressInstrumentationScope.Begin())
                next = await worker.NextWakeAsync(stoppingToken);
            var now = clock.GetCurrentInstant();
            var (wakeAt, sleep) = WorkerPacing.Plan(now, next, options);
            signal.PlanWake(wakeAt);
            state.Ran(now);
            return sleep;
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // The database may be down: keep the loop alive and try again; readiness shows repeated failures.
            logger.LogError(e, "The {Worker} run failed.", state.Name);
            state.RunFailed(e);
            return WorkerPacing.AfterFailure(options);
        }
    }
}
