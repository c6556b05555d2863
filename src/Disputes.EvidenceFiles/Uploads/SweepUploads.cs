using System.Globalization;
using Disputes.Hosting.Tools;

namespace Disputes.EvidenceFiles.Uploads;

// `evidence sweep [--older-than hours]`: drops abandoned uploads and the unnamed chunks of killed ones. Never a file
// that is stored: those go only with their retention clock.
public sealed class SweepUploads : IToolVerb
{
    public string Group => "evidence";
    public string Name => "sweep";
    public string Usage => "[--older-than hours]";
    public string Summary => "Delete large uploads never completed and chunks no file names, older than the given hours (default 24).";

    public async Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(0, "older-than");
        var hours = 24.0;
        if (args.Option("older-than") is { } given && (!double.TryParse(given, NumberStyles.Float, CultureInfo.InvariantCulture, out hours) || hours < 0))
            throw new ToolUsageException("--older-than is a number of hours, 0 or more.");
        var (uploads, chunks) = await services.GetRequiredService<AbandonedUploads>().Sweep(TimeSpan.FromHours(hours), ct);
        await output.WriteLineAsync($"evidence sweep: {uploads} abandoned uploads and {chunks} unnamed chunks deleted");
        return 0;
    }
}
