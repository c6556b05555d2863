using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace Disputes.Domain.Tests;

// The core property of replay-check: a history today's decider produced replays clean under today's decider,
// whatever path it took. Same seeds as SequenceRun: DISPUTES_PROPERTY_SEED=<seed> replays one sequence in both.
public class HistoryReplayPropertyTests(ITestOutputHelper output)
{
    private static readonly Type[] CommandTypes = typeof(IDisputeCommand).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDisputeCommand).IsAssignableFrom(t))
        .ToArray();

    [Fact]
    public void Given_histories_the_decider_produced_When_replayed_Then_every_one_is_clean()
    {
        var seeds = SequenceRun.Seeds(out var replaying);
        var failures = new ConcurrentBag<(int Seed, string Report)>();
        var readBack = new ConcurrentDictionary<Type, int>();
        long events = 0;

        Parallel.ForEach(seeds, seed =>
        {
            var (history, trace) = GeneratedHistory.For(seed);
            var result = HistoryReplay.Check(history, DisputeJson.Options);
            Interlocked.Add(ref events, history.Count);
            foreach (var command in result.Replayed)
                readBack.AddOrUpdate(command.GetType(), 1, (_, n) => n + 1);
            if (result.Finding is { } f)
                failures.Add((seed, $"seed {seed} (replay: {SequenceRun.SeedVariable}={seed}): {f.Kind} at v{f.Version} ({f.EventType}), "
                    + $"rule {f.Rule}: {f.Message}\n  command: {f.Command}\n{string.Join("\n", trace)}"));
        });

        output.WriteLine($"{seeds.Length} histories, {events} events; commands read back: "
            + string.Join(", ", readBack.OrderBy(r => r.Key.Name).Select(r => $"{r.Key.Name} {r.Value}")));
        if (!failures.IsEmpty)
            Assert.Fail($"{failures.Count} generated histories drift from the decider that made them; the first three:\n"
                + string.Join("\n\n", failures.OrderBy(f => f.Seed).Take(3).Select(f => f.Report)));

        // A history that never holds some command's decision proves nothing about reading that command back.
        if (replaying is null)
            CommandTypes.Where(t => !readBack.ContainsKey(t)).Select(t => t.Name).Should().BeEmpty("every command must be read back from some history");
    }
}
