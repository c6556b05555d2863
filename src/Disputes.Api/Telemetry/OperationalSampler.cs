using Disputes.Hosting.Telemetry;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Telemetry;

// Refreshes the database-reading gauges of this instance. Every instance samples (the numbers are the
// database's, so they agree); a dashboard takes the max or any one series, not the sum.
public sealed class OperationalSampler(IEnumerable<IOperationalProbe> probes, IOptions<TelemetryOptions> options, ILogger<OperationalSampler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first sample after one interval, off the start-up path (and out of the way of a migration).
        using var timer = new PeriodicTimer(options.Value.SampleInterval);
        while (await Wait(timer, stoppingToken))
        {
            foreach (var probe in probes)
            {
                try
                {
                    // Sampling is housekeeping: its queries would otherwise be a root trace every interval.
                    using var quiet = OpenTelemetry.SuppressInstrumentationScope.Begin();
                    await probe.SampleAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // A gauge that cannot read keeps its last value; the readiness check reports the database itself.
                    logger.LogDebug(e, "Probe {Probe} could not sample.", probe.GetType().Name);
                }
            }
        }
    }

    private static async Task<bool> Wait(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
