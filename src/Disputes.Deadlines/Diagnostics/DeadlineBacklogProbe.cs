using System.Diagnostics.Metrics;
using Disputes.Deadlines.Scheduling;
using Disputes.Hosting.Workers;
using Disputes.Projections.Telemetry;
using NodaTime;

namespace Disputes.Deadlines.Diagnostics;

// The deadline lag an operator alerts on: how long the oldest due, unfired deadline has waited, and how many
// are due. The per-expiry lag histogram (disputes.scheduler.lag) only sees deadlines that did fire.
public sealed class DeadlineBacklogProbe : BacklogProbe<DeadlineBacklog>
{
    public DeadlineBacklogProbe(DeadlineQueue queue, IClock clock, IMeterFactory meters) : base(clock, queue.BacklogAsync)
    {
        var meter = meters.Create(DisputesTelemetry.MeterName);
        meter.CreateObservableGauge("disputes.deadlines.due", () => Last?.Due ?? 0, "{deadline}", "Deadlines due and not yet fired.");
        meter.CreateObservableGauge("disputes.deadlines.lag", () => Lag(), "s", "Age of the oldest due deadline not yet fired (0 when none).");
        meter.CreateObservableGauge("disputes.deadlines.scheduled", () => Last?.Total ?? 0, "{deadline}", "Running clocks of all disputes.");
    }

    private double Lag() => Last is { OldestDue: { } oldest } ? Math.Max(0, (Now - oldest).TotalSeconds) : 0;
}
