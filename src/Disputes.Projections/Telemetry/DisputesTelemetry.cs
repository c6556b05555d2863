using System.Diagnostics;

namespace Disputes.Projections.Telemetry;

// The names every component reports under. The ActivitySource is static (ActivitySource has no DI factory);
// meters come from IMeterFactory under MeterName, so a test host's meters stay separate from another's.
// Webhook dispatch and the async projection daemon report through these too, so one AddSource/AddMeter covers them.
public static class DisputesTelemetry
{
    public const string Name = "Disputes";
    public const string MeterName = "Disputes";

    public static readonly ActivitySource Source = new(Name);

    // Span and log-scope attribute names, shared so traces and logs can be joined on them.
    public const string CorrelationId = "disputes.correlation_id";
    public const string DisputeId = "disputes.dispute_id";
    public const string Command = "disputes.command";
    public const string Outcome = "disputes.outcome";
}
