using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace Disputes.Domain.Tests;

public sealed record SequenceFailure(int Seed, int Step, string Invariant, string Detail, string Trace);

// Runs seeded random command sequences through Decide/Evolve and checks the invariants after every step.
// Sequence i uses seed BaseSeed + i, so any failure replays alone with DISPUTES_PROPERTY_SEED=<seed>.
public sealed partial class SequenceRun
{
    public const int BaseSeed = 20261125;
    public const string SeedVariable = "DISPUTES_PROPERTY_SEED";
    public const string SequencesVariable = "DISPUTES_PROPERTY_SEQUENCES";
    // Enough for every branch of the table to be taken; the rarest is a refused extension while a replacement travels.
    private const int DefaultSequences = 8000;
    private const int MaxSteps = 60;

    private static readonly Instant Epoch = Instant.FromUtc(2026, 11, 25, 10, 0);

    // Seller silence both ways, and a tight evidence limit so LimitReached is reachable in 60 steps.
    private static readonly DisputePolicy[] Policies =
    [
        DisputePolicy.Default,
        DisputePolicy.Default with { Version = "property-escalate", OnSellerSilence = SellerSilenceConsequence.Escalate, RejectionEscalates = true },
        DisputePolicy.Default with { Version = "property-tight", MaxEvidenceItems = 3, MaxTextLength = 40, MaxProposals = 2 },
        // Disputes opened before negotiation rounds still run under their own rules.
        DisputePolicy.SingleOffer,
    ];

    private SequenceRun(IReadOnlyList<SequenceFailure> failures, Coverage coverage, TimeSpan elapsed, int? replayedSeed)
    {
        Failures = failures;
        Coverage = coverage;
        Elapsed = elapsed;
        ReplayedSeed = replayedSeed;
    }

    public IReadOnlyList<SequenceFailure> Failures { get; }
    internal Coverage Coverage { get; }
    public TimeSpan Elapsed { get; }
    public int? ReplayedSeed { get; }

    public static SequenceRun Execute()
    {
        var seeds = Seeds(out var replay);

        var clock = Stopwatch.StartNew();
        var failures = new ConcurrentBag<SequenceFailure>();
        var total = new Coverage();
        // Sequences are independent and seeded, so running them in parallel changes nothing but the wall time.
        Parallel.ForEach(seeds, () => new Coverage(), (seed, _, coverage) =>
        {
            if (RunOne(seed, coverage, verbose: replay is not null) is { } failure)
                failures.Add(failure);
            return coverage;
        }, coverage =>
        {
            lock (total)
                total.Add(coverage);
        });

        // The lowest failing seed per invariant, so the report is the same on every run.
        var firstPerInvariant = failures.GroupBy(f => f.Invariant).Select(g => g.MinBy(f => f.Seed)!).OrderBy(f => f.Seed).ToList();
        return new SequenceRun(firstPerInvariant, total, clock.Elapsed, replay);
    }

    public string Report()
    {
        var report = new StringBuilder();
        foreach (var f in Failures)
        {
            report.AppendLine($"Invariant violated: {f.Invariant}");
            report.AppendLine($"  seed {f.Seed} (replay: {SeedVariable}={f.Seed}), step {f.Step}: {f.Detail}");
            report.AppendLine(f.Trace);
        }

        return report.ToString();
    }

    // The seeds of a run: one from DISPUTES_PROPERTY_SEED, else DISPUTES_PROPERTY_SEQUENCES (default 4000) from BaseSeed.
    internal static int[] Seeds(out int? replay)
    {
        replay = int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), out var one) ? one : null;
        var count = int.TryParse(Environment.GetEnvironmentVariable(SequencesVariable), out var n) && n > 0 ? n : DefaultSequences;
        return replay is { } seed ? [seed] : Enumerable.Range(BaseSeed, count).ToArray();
    }

    // The draws that set a sequence up; the replay property (Auditing/) starts from them too, so one seed is one
    // sequence in both runs.
    internal static SequenceSetup Setup(int seed)
    {
        var random = new Random(seed);
        var policy = Policies[random.Next(Policies.Length)];
        var idBytes = new byte[16];
        random.NextBytes(idBytes);
        var disputeId = new Guid(idBytes);
        var now = Epoch + Duration.FromMinutes(random.Next(0, 60 * 24 * 365));
        var generator = new CommandGenerator(random, policy, disputeId, now);
        return new SequenceSetup(policy, now, generator, random.Next(1, MaxSteps + 1), random.Next(0, 4));
    }

    private static SequenceFailure? RunOne(int seed, Coverage coverage, bool verbose)
    {
        var (policy, now, generator, steps, stepsAfterClosing) = Setup(seed);

        Dispute? state = null;
        var historyFromJson = new List<IDisputeEvent>();
        var trace = new List<string>();
        coverage.Sequences++;

        for (var step = 0; step < steps; step++)
        {
            var (at, command) = generator.Next(state, now);
            now = at;
            var before = state;
            try
            {
                var verdict = Invoke(() => DisputeDecider.Decide(command, before, now, policy), "Decide");
                trace.Add($"  {step,2} {now} {Shorten(command.ToString() ?? "")}\n       → {Describe(verdict)}");

                Invariants.ClosedStaysClosed(before, verdict);
                Invariants.DueClockFires(command, before, now, verdict);
                if (verdict is Accepted { Events.Count: > 0 } accepted)
                {
                    foreach (var e in accepted.Events)
                    {
                        Invariants.Event(e, state, command.DisputeId, now);
                        state = Invoke(() => DisputeEvolver.Evolve(state, e), "Evolve");
                        var loaded = DisputeJson.RoundTrip(e, out var json);
                        Invariants.EventSurvivesJson(e, loaded, json);
                        historyFromJson.Add(loaded);
                    }

                    Invariants.LandsWhereTheMachineSays(command, before, now, policy, state!);
                    Invariants.Replay(state!, historyFromJson);
                    Invariants.HasWayOut(state!, now, policy);
                    var changed = state;
                    Invariants.RepeatChangesNothing(command, Invoke(() => DisputeDecider.Decide(command, changed, now, policy), "Decide (repeat)"));
                }

                if (state is not null)
                    Invariants.State(state, policy);
                coverage.Record(command, before, verdict, state);
                generator.Observe(state);
            }
            catch (InvariantViolation violation)
            {
                return new SequenceFailure(seed, step, violation.Invariant, violation.Message, Trace(seed, policy, trace));
            }

            if (state?.Status == DisputeStatus.Closed && stepsAfterClosing-- == 0)
                break;
        }

        if (verbose)
            Console.WriteLine(Trace(seed, policy, trace));
        return null;
    }

    private static T Invoke<T>(Func<T> call, string what)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (e is not InvariantViolation)
        {
            throw new InvariantViolation(Invariants.NoExceptions, $"{what} threw {e}");
        }
    }

    private static string Trace(int seed, DisputePolicy policy, List<string> trace) =>
        $"  sequence {seed} under policy {policy.Version}:\n" + string.Join("\n", trace);

    private static string Describe(Verdict verdict) => verdict switch
    {
        Accepted { Events.Count: 0 } => "accepted, no events",
        Accepted accepted => "accepted " + Invariants.Names(accepted.Events),
        Refused refused => $"refused {refused.Refusal.Kind} {refused.Refusal.Rule}: {Shorten(refused.Refusal.Message)}",
        _ => verdict.ToString(),
    };

    // Over-long texts are generated as one repeated character; print them as a count.
    private static string Shorten(string text) => RepeatedCharacter().Replace(text, m => $"{m.Value[0]}×{m.Length}");

    [GeneratedRegex(@"(.)\1{39,}")]
    private static partial Regex RepeatedCharacter();
}

internal sealed record SequenceSetup(DisputePolicy Policy, Instant Start, CommandGenerator Generator, int Steps, int StepsAfterClosing);
