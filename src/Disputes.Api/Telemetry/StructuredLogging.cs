
namespace Disputes.Api.Telemetry;

// Production logs are one JSON object per line with their scopes (correlation id, dispute id) and the trace
// and span ids, so a log line joins its trace. What is logged is ids, kinds and rule names: request bodies,
// message texts and tokens never reach a logger (no HTTP body or header logging is enabled anywhere).
public static class StructuredLogging
{
    public static void Configure(ILoggingBuilder logging, bool json)
    {
        logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (!json)
            return;
        logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        // The JSON formatter replaces the plain one rather than writing every line twice.
        logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o =>
            o.FormatterName = Microsoft.Extensions.Logging.Console.ConsoleFormatterNames.Json);
    }
}
