using Disputes.Projections.Rebuilding;
using Marten;

namespace Disputes.Api.Tools.Verbs;

public sealed class RebuildProjections : IToolVerb
{
    public string Group => "projections";
    public string Name => "rebuild";
    public string Usage => "[name ...] [--settle seconds]";
    public string Summary => "Rebuild the named projections (default: all) from the events, safely while the API serves.";

    public async Task<int> Run(IServiceProvider services, ToolArguments args, TextWriter output, CancellationToken ct)
    {
        args.Allow(int.MaxValue, "settle");
        var settle = args.Option("settle") is { } text
            ? double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var s) && s is >= 0 and <= 3600
                ? TimeSpan.FromSeconds(s) : throw new ToolUsageException("--settle takes seconds, 0 to 3600.")
            : PerDisputeRebuild.DefaultSettle;
        var store = services.GetRequiredService<IDocumentStore>();
        var known = PerDisputeRebuild.Rebuildable(store).Select(p => p.Name).ToList();
        if (args.Positional.FirstOrDefault(n => !known.Contains(n)) is { } unknown)
            throw new ToolUsageException($"No rebuildable projection '{unknown}'; known: {string.Join(", ", known)}.");
        var names = args.Positional.Count > 0 ? args.Positional : known;

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var lastPrinted = TimeSpan.Zero;
        var report = await new PerDisputeRebuild(store).Run(names.ToList(), settle, progress =>
        {
            if (clock.Elapsed - lastPrinted < TimeSpan.FromSeconds(5))
                return;
            lastPrinted = clock.Elapsed;
            Console.Error.WriteLine($"  … {progress.Streams} streams, {progress.Events} events");
        }, ct);

        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        await output.WriteLineAsync(
            $"Rebuilt {string.Join(", ", report.Projections)}: {report.Streams} streams, {report.Events} events "
            + $"({report.CatchUpStreams} streams written meanwhile, rebuilt again after {settle.TotalSeconds:F0} s) in {seconds:F1} s.");
        return 0;
    }
}
