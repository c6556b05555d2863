using BenchmarkDotNet.Attributes;
using Disputes.Domain;
using NodaTime;

// Decide (rules + Stateless machine) and Evolve for each command of the benchmarked lifecycle, on the state the
// write path would have fetched.
[MemoryDiagnoser]
public class DeciderBenchmarks
{
    private readonly Lifecycle lifecycle = new();

    [Params(0, 1, 2, 3, 4, 5)]
    public int Step { get; set; }

    public string Command => lifecycle.Steps[Step].GetType().Name;

    [Benchmark]
    public Verdict Decide()
    {
        var state = lifecycle.Before[Step];
        return DisputeDecider.Decide(lifecycle.Steps[Step], state, Lifecycle.Start + Duration.FromMinutes(5 * Step), state?.Policy ?? DisputePolicy.Default);
    }

    // What the executor does after deciding: fold the new events into the state for the response.
    [Benchmark]
    public Dispute? DecideAndEvolve()
    {
        var state = lifecycle.Before[Step];
        var accepted = (Accepted)DisputeDecider.Decide(lifecycle.Steps[Step], state, Lifecycle.Start + Duration.FromMinutes(5 * Step), state?.Policy ?? DisputePolicy.Default);
        return accepted.Events.Aggregate(state, DisputeEvolver.Evolve);
    }
}
