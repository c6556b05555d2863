namespace Disputes.Domain.Tests;

// The history the decider appends for one seeded command sequence (SequenceRun's seeds, setup and generator),
// each event round-tripped through JSON as Marten stores and loads it. Refused commands leave no trace in
// the history, just as in the store; the trace lists the accepted ones by the version they start at.
internal static class GeneratedHistory
{
    public static (IReadOnlyList<IDisputeEvent> Events, IReadOnlyList<string> Trace) For(int seed)
    {
        var (policy, now, generator, steps, stepsAfterClosing) = SequenceRun.Setup(seed);
        Dispute? state = null;
        var history = new List<IDisputeEvent>();
        var trace = new List<string> { $"  sequence {seed} under policy {policy.Version}:" };

        for (var step = 0; step < steps; step++)
        {
            var (at, command) = generator.Next(state, now);
            now = at;
            if (DisputeDecider.Decide(command, state, now, policy) is Accepted { Events.Count: > 0 } accepted)
            {
                trace.Add($"  v{history.Count + 1,-3} {now} {command}\n       → {Invariants.Names(accepted.Events)}");
                foreach (var e in accepted.Events)
                {
                    state = DisputeEvolver.Evolve(state, e);
                    history.Add(DisputeJson.RoundTrip(e, out _));
                }
            }

            generator.Observe(state);
            if (state?.Status == DisputeStatus.Closed && stepsAfterClosing-- == 0)
                break;
        }

        return (history, trace);
    }
}
