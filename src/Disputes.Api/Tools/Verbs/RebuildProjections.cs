using Disputes.Hosting.Tools;
using Disputes.Projections.Rebuilding;
using Disputes.Statistics;
using Marten;

namespace Disputes.Api.Tools.Verbs;

// Two kinds of rebuild behind one verb: the inline per-dispute projections a batch of disputes at a time under
// their stream locks (PerDisputeRebuild), the async statistics by Marten's daemon under the hot/cold shard locks
// (StatisticsRebuild, which refuses while an instance's daemon runs them).
public sealed class RebuildProjections : IToolVerb
{
    public string Group => "projections";
    public string Name => "rebuild";
    public string Usage => "[name ...] [--settle seconds] [--timeout seconds]";
    public string Summary => "Rebuild the named projections (default: all) from the events, safely while the API serves.";

    public async Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(int.MaxValue, "settle", "timeout");
        var settle = Seconds(args, "settle", 0, 3600) ?? PerDisputeRebuild.DefaultSettle;
        var timeout = Seconds(args, "timeout", 1, 86_400) ?? TimeSpan.FromHours(1);
        var store = services.GetRequiredService<IDocumentStore>();
        var perDispute = PerDisputeRebuild.Rebuildable(store).Select(p => p.Name).ToList();
        var known = perDispute.Concat(StatisticsProjections.Names).ToList();
        if (args.Positional.FirstOrDefault(n => !known.Contains(n)) is { } unknown)
            throw new ToolUsageException($"No rebuildable projection '{unknown}'; known: {string.Join(", ", known)}.");
        var names = args.Positional.Count > 0 ? args.Positional : known;

        var inline = names.Where(perDispute.Contains).ToList();
        if (inline.Count > 0)
            await RebuildPerDispute(store, inline, settle, output, ct);

        var statistics = names.Where(StatisticsProjections.Names.Contains).ToList();
        if (statistics.Count > 0)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                await StatisticsRebuild.RunAsync(store, statistics, timeout, ct);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("daemon", StringComparison.Ordinal))
            {
                await output.WriteLineAsync($"Not rebuilt {string.Join(", ", statistics)}: {e.Message}");
                return 3;
            }
            await output.WriteLineAsync($"Rebuilt {string.Join(", ", statistics)} with the async daemon in {clock.Elapsed.TotalSeconds:F1} s.");
        }
        return 0;
    }

    private static async Task RebuildPerDispute(IDocumentStore store, List<string> names, TimeSpan settle, TextWriter output, CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var lastPrinted = TimeSpan.Zero;
        var report = await new PerDisputeRebuild(store).Run(names, settle, progress =>
        {
            if (clock.Elapsed - lastPrinted < TimeSpan.FromSeconds(5))
                return;
            lastPrinted = clock.Elapsed;
            Console.Error.WriteLine($"  … {progress.Streams} streams, {progress.Events} events");
        }, ct);
        await output.WriteLineAsync(
            $"Rebuilt {string.Join(", ", report.Projections)}: {report.Streams} streams, {report.Events} events "
            + $"({report.CatchUpStreams} streams written meanwhile, rebuilt again after {settle.TotalSeconds:F0} s) in {clock.Elapsed.TotalSeconds:F1} s.");
    }

    private static TimeSpan? Seconds(ToolArguments args, string option, double min, double max) =>
        args.Option(option) is not { } text ? null
        : double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var s) && s >= min && s <= max ? TimeSpan.FromSeconds(s)
        : throw new ToolUsageException($"--{option} takes seconds, {min} to {max}.");
}
