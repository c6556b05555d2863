
namespace Disputes.Api.Tools;

public static class ToolLogging
{
    // A tool's standard output is its result (an export can be piped into another program), so every log
    // line goes to standard error, and only warnings and worse.
    public static void Configure(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(LogLevel.Warning);
    }
}
