using System.Text;

namespace Disputes.Domain.Tests;

// What a property run actually exercised: a run that never reaches a status proves nothing about it.
internal sealed class Coverage
{
    public Dictionary<DisputeStatus, int> StatusesReached { get; } = [];
    public Dictionary<DisputeAction, int> Accepted { get; } = [];
    public Dictionary<DisputeAction, int> Refused { get; } = [];
    public Dictionary<RefusalKind, int> RefusalKinds { get; } = [];
    public Dictionary<string, int> Events { get; } = [];
    public Dictionary<(DisputeStatus From, DisputeAction Action, DisputeStatus To), int> Branches { get; } = [];
    public int Sequences { get; set; }
    public int Steps { get; set; }

    public void Record(IDisputeCommand command, Dispute? before, Verdict verdict, Dispute? after)
    {
        Steps++;
        switch (verdict)
        {
            case Disputes.Domain.Accepted { Events.Count: > 0 } accepted:
                Bump(Accepted, command.Action);
                Bump(Branches, (before?.Status ?? DisputeStatus.None, command.Action, after!.Status));
                foreach (var e in accepted.Events)
                    Bump(Events, e.GetType().Name);
                break;
            case Disputes.Domain.Refused refused:
                Bump(Refused, command.Action);
                Bump(RefusalKinds, refused.Refusal.Kind);
                break;
        }

        if (after is not null)
            Bump(StatusesReached, after.Status);
    }

    public void Add(Coverage other)
    {
        Sequences += other.Sequences;
        Steps += other.Steps;
        Merge(StatusesReached, other.StatusesReached);
        Merge(Accepted, other.Accepted);
        Merge(Refused, other.Refused);
        Merge(RefusalKinds, other.RefusalKinds);
        Merge(Events, other.Events);
        Merge(Branches, other.Branches);
    }

    public IReadOnlyList<DisputeStatus> UnreachedStatuses() =>
        Enum.GetValues<DisputeStatus>().Where(s => s != DisputeStatus.None && !StatusesReached.ContainsKey(s)).ToList();

    public IReadOnlyList<DisputeAction> NeverAccepted() =>
        Enum.GetValues<DisputeAction>().Where(a => !Accepted.ContainsKey(a)).ToList();

    // Rows of the machine's table no accepted command took: their destination was never checked against the evolver.
    public IReadOnlyList<string> UntakenBranches() =>
        DisputeMachine.Table().Select(t => (t.From, t.Action, t.To)).Distinct().Where(b => !Branches.ContainsKey(b))
            .Select(b => $"{b.From} --{b.Action}--> {b.To}").ToList();

    public string Table()
    {
        var table = new StringBuilder($"{Sequences} sequences, {Steps} steps\n");
        table.AppendLine("status                         reached");
        foreach (var status in Enum.GetValues<DisputeStatus>())
            table.AppendLine($"  {status,-28} {StatusesReached.GetValueOrDefault(status),8}");
        table.AppendLine("action                         accepted  refused");
        foreach (var action in Enum.GetValues<DisputeAction>())
            table.AppendLine($"  {action,-28} {Accepted.GetValueOrDefault(action),8} {Refused.GetValueOrDefault(action),8}");
        table.AppendLine("refusal kind                   count");
        foreach (var kind in Enum.GetValues<RefusalKind>())
            table.AppendLine($"  {kind,-28} {RefusalKinds.GetValueOrDefault(kind),8}");
        table.AppendLine("event                          count");
        foreach (var (name, count) in Events.OrderBy(e => e.Key, StringComparer.Ordinal))
            table.AppendLine($"  {name,-28} {count,8}");
        return table.ToString();
    }

    private static void Bump<T>(Dictionary<T, int> counts, T key) where T : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static void Merge<T>(Dictionary<T, int> into, Dictionary<T, int> from) where T : notnull
    {
        foreach (var (key, count) in from)
            into[key] = into.GetValueOrDefault(key) + count;
    }
}
