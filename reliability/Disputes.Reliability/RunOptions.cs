using System.Globalization;

namespace Disputes.Reliability;

// The knobs of a run. Quick is what `./disputes test` runs (well under a minute); long is `./disputes reliability`.
public sealed record RunOptions(
    string Size, int Seed, int Concurrency, TimeSpan Duration, int Disputes, int RandomOperations, int FuzzRequests,
    int ConflictingWriters, IReadOnlySet<string> Scenarios, string? ApiDll)
{
    public static readonly string[] AllScenarios = ["conflicts", "random", "idempotency", "hostile", "authorization", "limits", "crash", "outage", "logs"];

    public static RunOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            // The last occurrence wins, so `./disputes reliability --size quick` overrides the script's default.
            var i = Array.LastIndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var size = Value("--size", "quick");
        var quick = size == "quick";
        var seed = Number("--seed", Environment.TickCount & 0x7fffffff);
        var duration = TimeSpan.FromSeconds(Number("--duration", quick ? 0 : 60));
        var scenarios = Value("--scenarios", string.Join(',', AllScenarios)).Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return new RunOptions(
            size, seed,
            Concurrency: Number("--concurrency", quick ? 16 : 64),
            Duration: duration,
            Disputes: Number("--disputes", 100),
            RandomOperations: Number("--operations", quick ? 2_000 : 10_000),
            FuzzRequests: Number("--fuzz", quick ? 2_000 : 10_000),
            ConflictingWriters: Number("--writers", 64),
            scenarios,
            ApiDll: Value("--api-dll", "") is { Length: > 0 } dll ? dll : null);
    }

    public override string ToString() =>
        $"size={Size} seed={Seed} concurrency={Concurrency} duration={Duration.TotalSeconds}s disputes={Disputes} " +
        $"operations={RandomOperations} fuzz={FuzzRequests} writers={ConflictingWriters} scenarios={string.Join(',', Scenarios)}";
}
