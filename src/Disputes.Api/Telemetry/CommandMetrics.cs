using System.Diagnostics;
using System.Diagnostics.Metrics;
using Disputes.Projections.Telemetry;
using Disputes.Projections.Writing;

namespace Disputes.Api.Telemetry;

// disputes.commands: every command by type and outcome. Low-cardinality tags only (no ids): an id belongs
// on the span and in the log scope, not on a time series.
public sealed class CommandMetrics
{
    private readonly Counter<long> commands;
    private readonly Histogram<double> duration;

    public CommandMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(DisputesTelemetry.MeterName);
        commands = meter.CreateCounter<long>("disputes.commands", "{command}", "Commands handled, by type and outcome.");
        // Seconds, so the SDK's default millisecond-sized buckets would put every command in the first one.
        duration = meter.CreateHistogram<double>("disputes.command.duration", "s", "Time to decide and commit a command.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
    }

    public void Record(string command, string outcome, string? rule, TimeSpan elapsed)
    {
        var tags = new TagList { { "command", command }, { "outcome", outcome } };
        if (rule is not null)
            tags.Add("rule", rule);
        commands.Add(1, tags);
        duration.Record(elapsed.TotalSeconds, new TagList { { "command", command }, { "outcome", outcome } });
    }

    // The outcome names operators chart: accepted (appended), unchanged (a repeat), refused (a business rule,
    // 409/422), conflict (another writer or another dispute got there first), replayed (same idempotency key).
    public static (string Outcome, string? Rule) Describe(CommandOutcome outcome) => outcome switch
    {
        Written { Appended: true } => ("accepted", null),
        Written => ("unchanged", null),
        CommandRefused refused => ("refused", refused.Refusal.Rule),
        VersionMismatch or OrderHasOpenDispute or IdempotencyKeyReused => ("conflict", null),
        Replayed => ("replayed", null),
        _ => ("other", null),
    };
}
