using System.Collections.Concurrent;
using NodaTime;
using Xunit.Abstractions;

namespace Disputes.Domain.Tests;

// The what-if replay's anchor: a candidate that changes nothing must find nothing. Every seeded history (the same
// seeds as SequenceRun) replayed under its own policy — also past its end, where clocks still running may run out —
// diverges nowhere and ends where the stored history ends.
public class WhatIfReplayPropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void Given_seeded_histories_When_replayed_under_their_own_policy_Then_none_diverges()
    {
        var seeds = SequenceRun.Seeds(out _);
        var failures = new ConcurrentBag<string>();
        long replayed = 0, steps = 0;

        Parallel.ForEach(seeds, seed =>
        {
            var (history, trace) = GeneratedHistory.For(seed);
            if (history.Count == 0)
                return;
            var result = WhatIfReplay.Run(history, new PolicySettings(), history[^1].At + Duration.FromDays(1000));
            Interlocked.Increment(ref replayed);
            Interlocked.Add(ref steps, history.Count);
            if (result.Divergence is not null || result.Unreplayable is not null || result.Candidate != result.Stored)
                failures.Add($"seed {seed} ({SequenceRun.SeedVariable}={seed}): {result.Divergence?.Kind} at v{result.Divergence?.Version} "
                    + $"{result.Divergence?.Message}{result.Unreplayable}\n  stored {result.Stored}\n  candidate {result.Candidate}\n{string.Join("\n", trace)}");
        });

        output.WriteLine($"{replayed} of {seeds.Length} sequences opened a dispute; {steps} events replayed under their own policy.");
        replayed.Should().BeGreaterThan(seeds.Length / 2, "most sequences open a dispute, or the property proves little");
        if (!failures.IsEmpty)
            Assert.Fail($"{failures.Count} histories diverge under their own policy; the first two:\n" + string.Join("\n\n", failures.Take(2)));
    }
}
