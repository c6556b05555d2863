using System.Text.Json;

namespace Disputes.Domain;

// Rule drift: would today's decider, given the same commands at the same instants under the policy the dispute
// opened under, have appended exactly the stored history? Walks the stream from the start, reads back the command
// behind each verdict, decides it again and compares. Pure and read-only; stops at the first departure, because
// every later step would be decided from a state the stored history never had.
public static class HistoryReplay
{
    // json: the options events are stored with. Events compare as canonical JSON, since records holding
    // collections (RejectClaim's evidence, the policy's calendar) do not compare by value.
    public static ReplayResult Check(IReadOnlyList<IDisputeEvent> stream, JsonSerializerOptions json)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(json);

        Dispute? state = null;
        var replayed = new List<IDisputeCommand>();
        var position = 0;
        while (position < stream.Count)
        {
            var stored = stream[position];
            var command = CommandReconstruction.At(stream, position);
            if (command is null)
                return new ReplayResult(replayed, NoCommand(stream, position));

            // The opening carries the policy it was decided under; every later step uses the one the state recorded.
            var policy = state?.Policy ?? (stored as DisputeOpened)?.Policy ?? DisputePolicy.Default;
            Verdict verdict;
            try
            {
                verdict = DisputeDecider.Decide(command, state, stored.At, policy);
            }
            catch (Exception e)
            {
                return new ReplayResult(replayed, Failed(stream, position, command, "Decide", e));
            }

            if (verdict is Refused refused)
                return new ReplayResult(replayed, new ReplayFinding(Version(position), Version(position), DriftKind.Refused,
                    Name(stored), command, refused.Refusal.Rule, refused.Refusal.Message, [], [Name(stored)]));

            var decided = ((Accepted)verdict).Events;
            if (Mismatch(stream, position, command, decided, json) is { } mismatch)
                return new ReplayResult(replayed, mismatch);

            replayed.Add(command);
            try
            {
                state = decided.Aggregate(state, DisputeEvolver.Evolve);
            }
            catch (Exception e)
            {
                return new ReplayResult(replayed, Failed(stream, position, command, "Evolve", e));
            }

            position += decided.Count;
        }

        return new ReplayResult(replayed, null);
    }

    private static ReplayFinding? Mismatch(IReadOnlyList<IDisputeEvent> stream, int position, IDisputeCommand command,
        IReadOnlyList<IDisputeEvent> decided, JsonSerializerOptions json)
    {
        var expected = decided.Select(Name).ToList();
        var stored = stream.Skip(position).Take(Math.Max(decided.Count, 1)).Select(Name).ToList();
        ReplayFinding Finding(int at, string message) => new(Version(at), Version(position), DriftKind.ConsequenceMismatch,
            at < stream.Count ? Name(stream[at]) : "(end of stream)", command, ReplayFinding.ConsequenceMismatchRule, message, expected, stored);

        // A repeat that changes nothing, or a stale expiry: today's rules would have appended nothing here.
        if (decided.Count == 0)
            return Finding(position, $"Today's rules decide no events for {Describe(command)}; the stream holds {Name(stream[position])}.");

        for (var k = 0; k < decided.Count; k++)
        {
            var at = position + k;
            if (at >= stream.Count)
                return Finding(at, $"Today's rules would have gone on with {string.Join(", ", expected.Skip(k))}; the stream ends.");

            var want = Canonical(decided[k], json);
            var have = Canonical(stream[at], json);
            if (decided[k].GetType() != stream[at].GetType() || want != have)
                return Finding(at, $"Today's rules would have produced {Name(decided[k])} {want} instead of {Name(stream[at])} {have}.");
        }

        return null;
    }

    private static ReplayFinding NoCommand(IReadOnlyList<IDisputeEvent> stream, int position)
    {
        var stored = stream[position];
        return new ReplayFinding(Version(position), Version(position), DriftKind.NoCommand, Name(stored), null, ReplayFinding.NoCommandRule,
            position == 0
                ? $"{Name(stored)} cannot open a history: today's rules append it only as a consequence of a decision."
                : $"{Name(stored)} starts no command: today's rules append it only as a consequence, and the decision before it has none such.",
            [], [Name(stored)]);
    }

    private static ReplayFinding Failed(IReadOnlyList<IDisputeEvent> stream, int position, IDisputeCommand command, string what, Exception e) =>
        new(Version(position), Version(position), DriftKind.ReplayFailed, Name(stream[position]), command, ReplayFinding.ReplayFailedRule,
            $"{what} threw on {Describe(command)}: {e.GetType().Name}: {e.Message}", [], [Name(stream[position])]);

    private static string Canonical(IDisputeEvent e, JsonSerializerOptions json) => JsonSerializer.Serialize(e, e.GetType(), json);

    private static string Name(IDisputeEvent e) => e.GetType().Name;

    private static string Describe(IDisputeCommand c) => $"{c.GetType().Name} by {c.By}";

    private static long Version(int position) => position + 1L;
}
