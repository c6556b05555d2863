using BenchmarkDotNet.Attributes;
using Disputes.Domain;
using NodaTime;

// The questions every command asks the lifecycle machine besides Decide: what each participant may do now (the
// response's allowed actions) and whom the dispute waits on (the list row), on the state after each step.
[MemoryDiagnoser]
public class LifecycleQuestionsBenchmarks
{
    private readonly Lifecycle lifecycle = new();

    [Params(1, 2, 3, 4, 5)]
    public int Step { get; set; }

    private Dispute State => lifecycle.Before[Step]!;

    private Instant Now => Lifecycle.Start + Duration.FromMinutes(5 * Step);

    [Benchmark]
    public PartyActions AllowedActionsForAll() => AllowedActions.For(State, Now, State.Policy);

    [Benchmark]
    public IReadOnlyList<Awaited> WaitingOnAnyone() => WaitingOn.For(State, Now);
}
