using Disputes.Api.Configuration;
using Disputes.Hosting.Telemetry;
using Disputes.Projections.Telemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Disputes.Api.Telemetry;

// OpenTelemetry for the API host: traces from HTTP through Mediator, Marten and Npgsql to the scheduler;
// the app's meters plus ASP.NET Core, HttpClient and runtime metrics. Exporters: OTLP when an endpoint is
// configured, the console in Development (or when Disputes:Telemetry:Console says so).
public static class TelemetryServices
{
    // Marten and Npgsql publish under these names themselves; no extra package is needed to listen. Each module's
    // meter is named under the app's ("Disputes.Scheduler"), so the wildcard takes them all.
    private static readonly string[] Sources = [DisputesTelemetry.Name, "Marten", "Npgsql"];
    private static readonly string[] Meters = [DisputesTelemetry.MeterName, DisputesTelemetry.MeterName + ".*", "Marten", "Npgsql"];

    public static WebApplicationBuilder AddDisputesTelemetry(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var development = builder.Environment.IsDevelopment();
        var console = settings.Console ?? development;
        // Null with OTEL_EXPORTER_OTLP_ENDPOINT set: the exporter reads the standard variables itself.
        // A malformed endpoint is reported by TelemetryOptionsValidation at startup, with its key.
        Uri? otlp = Uri.TryCreate(settings.OtlpEndpoint, UriKind.Absolute, out var endpoint) ? endpoint : null;
        var useOtlp = otlp is not null || Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") is { Length: > 0 };
        var exportMs = (int)settings.ExportInterval.TotalMilliseconds;

        builder.Services.AddSingleton<CommandMetrics>();
        builder.Services.AddOperationalProbe<DisputesByStateProbe>();
        builder.Services.AddHostedService<OperationalSampler>();

        StructuredLogging.Configure(builder.Logging, json: settings.JsonLogs ?? !development);

        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(r => r.AddService(settings.ServiceName));
        // Spans nobody exports are pure cost (one per SQL command of every request): trace only towards an exporter.
        if (console || useOtlp)
            telemetry.WithTracing(t =>
            {
                t.SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(settings.TraceSampleRatio)))
                    .AddSource(Sources)
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation();
                if (console)
                    t.AddConsoleExporter();
                if (useOtlp)
                    t.AddOtlpExporter(o => o.Endpoint = otlp ?? o.Endpoint);
            });
        telemetry
            .WithMetrics(m =>
            {
                m.AddMeter(Meters)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (console)
                    m.AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = exportMs);
                if (useOtlp)
                    m.AddOtlpExporter((o, reader) =>
                    {
                        o.Endpoint = otlp ?? o.Endpoint;
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = exportMs;
                    });
            });
        // Logs leave through OTLP too when a collector is configured; the console keeps its own formatter.
        if (useOtlp)
            telemetry.WithLogging(l => l.AddOtlpExporter(o => o.Endpoint = otlp ?? o.Endpoint), o => o.IncludeScopes = true);
        return builder;
    }
}
