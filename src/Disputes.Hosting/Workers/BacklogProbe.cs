using Disputes.Hosting.Telemetry;
using NodaTime;

namespace Disputes.Hosting.Workers;

// A worker's backlog as gauges: what waits in its shared table, read by OperationalSampler (so every instance reports
// the same figures, and a worker switched off here still shows what the others leave) and reported from the last
// sample, since gauge callbacks must not do I/O. Null until the first sample.
public abstract class BacklogProbe<TBacklog>(IClock clock, Func<Instant, CancellationToken, Task<TBacklog>> read) : IOperationalProbe
    where TBacklog : class
{
    protected TBacklog? Last { get; private set; }

    protected Instant Now => clock.GetCurrentInstant();

    public async Task SampleAsync(CancellationToken ct) => Last = await read(clock.GetCurrentInstant(), ct);
}
