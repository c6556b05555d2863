
namespace Disputes.Api.Telemetry;

// Bound from "Disputes:Telemetry". OTLP also honours the standard OTEL_EXPORTER_OTLP_* variables.
public sealed class TelemetryOptions
{
    public const string Section = "Disputes:Telemetry";

    public string ServiceName { get; set; } = "disputes-api";

    // e.g. http://otel-collector:4317; empty means no OTLP export (unless OTEL_EXPORTER_OTLP_ENDPOINT is set).
    public string? OtlpEndpoint { get; set; }

    // Traces and metrics on standard output. Null: on in Development only.
    public bool? Console { get; set; }

    // One JSON object per log line. Null: on everywhere but Development.
    public bool? JsonLogs { get; set; }

    // Fraction of traces recorded, by trace id; a request's spans follow its root's choice. Each recorded
    // command costs a span per Mediator message, Marten connection and SQL command: sample under high load.
    public double TraceSampleRatio { get; set; } = 1.0;

    // How often the gauges that read the database (disputes by state, deadline backlog) sample it.
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(15);

    // How often metrics are exported (console and OTLP).
    public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(60);
}
