using System.Diagnostics;
using Disputes.Audit.WhatIf;
using Disputes.Domain;
using NodaTime;

// What-if benchmark: N disputes of realistic histories, then the what-if runner as `policy what-if` runs it, once
// under the disputes' own policy (every dispute replayed to its end) and once under a shorter seller clock and an
// escalating silence rule (most stop at a divergence). Disputes per minute include reading the store.
internal static class WhatIfBenchmark
{
    public static async Task Run(string connectionString, int targetDisputes)
    {
        var seeding = Stopwatch.StartNew();
        var (store, disputes, events) = await SeededEvents.Create(connectionString, "bench_what_if", long.MaxValue, targetDisputes);
        using var _ = store;
        Console.WriteLine($"[what-if] seeded {events} events on {disputes} disputes in {seeding.Elapsed.TotalSeconds:F1} s");

        var asOf = Instant.FromUtc(2027, 1, 1, 0, 0);
        foreach (var (name, candidate) in new[]
                 {
                     ("own policy", new PolicySettings()),
                     ("seller clock P2D, silence escalates", new PolicySettings { SellerResponse = "P2D", OnSellerSilence = "Escalate" }),
                 })
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var report = await WhatIfRunner.Run(store, new WhatIfRequest(candidate, null, null, null, null), asOf, null, null, CancellationToken.None);
            clock.Stop();
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"[what-if] {name}: {report.Disputes} disputes ({events} events) in {clock.Elapsed.TotalSeconds:F1} s = "
                + $"{report.Disputes / clock.Elapsed.TotalMinutes:F0} disputes/min; {report.Diverged} diverge, {report.Unreplayable} unreplayable; "
                + $"bench process CPU {used.TotalSeconds:F1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MiB");
        }
    }
}
