using System.Text.RegularExpressions;

namespace Disputes.Domain.Tests;

// docs/lifecycle.md shows the machine's own diagram; these tests keep the two from drifting apart.
public partial class LifecycleDiagramTests
{
    private const string UpdateVariable = "DISPUTES_UPDATE_DOCS";
    private const string Fence = "```mermaid\n";

    private static readonly string DocPath = Repository.File("docs", "lifecycle.md");

    [Fact]
    public void The_documented_diagram_is_the_machine_diagram()
    {
        var doc = Normalise(File.ReadAllText(DocPath));
        var expected = Normalise(DisputeMachine.MermaidDiagram()).TrimEnd('\n');
        var (start, end) = MermaidBlock(doc);
        var documented = doc[start..end].TrimEnd('\n');

        if (documented == expected)
            return;
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(DocPath, doc[..start] + expected + "\n" + doc[end..]);
            return;
        }

        documented.Should().Be(expected,
            "docs/lifecycle.md must show DisputeMachine.MermaidDiagram(); regenerate it with "
            + $"{UpdateVariable}=1 dotnet test tests/Disputes.Domain.Tests --filter {nameof(LifecycleDiagramTests)}");
    }

    [Fact]
    public void The_diagram_shows_every_status()
    {
        var states = Transitions().SelectMany(t => new[] { t.From, t.To }).ToHashSet();

        Enum.GetValues<DisputeStatus>().Where(s => s != DisputeStatus.None).Select(s => s.ToString())
            .Should().BeSubsetOf(states);
    }

    [Fact]
    public void The_diagram_shows_every_client_action()
    {
        var triggers = Transitions().Select(t => t.Trigger).ToHashSet();

        Enum.GetValues<DisputeAction>().Where(a => !a.IsClock()).Select(a => a.ToString())
            .Should().BeSubsetOf(triggers);
    }

    [Fact]
    public void The_documented_clocks_state_the_policy_consequences()
    {
        var doc = File.ReadAllText(DocPath);
        var policies = new[]
        {
            DisputePolicy.Default,
            DisputePolicy.Default with { Version = "escalate", OnSellerSilence = SellerSilenceConsequence.Escalate },
        };

        foreach (var policy in policies)
            foreach (var kind in Enum.GetValues<DeadlineKind>())
                doc.Should().Contain(DeadlineRules.Of(kind).Consequence(policy), "the {0} clock's consequence is documented", kind);
    }

    [Fact]
    public void The_table_clients_draw_from_has_exactly_the_diagrams_transitions()
    {
        var table = DisputeMachine.Table();
        var diagram = Transitions().ToList();

        table.Should().HaveCountGreaterThan(40);
        table.Select(t => (t.From.ToString(), t.To.ToString(), t.Action.ToString())).Distinct()
            .Should().BeEquivalentTo(diagram.Select(d => (d.From, d.To, d.Trigger.Split(' ')[0])).Distinct());
        table.Where(t => t.Action == DisputeAction.ClaimCase).Should().ContainSingle()
            .Which.Guards.Should().NotBeEmpty("a transition names its guards as a refusal would");
    }

    // A branch whose command chooses the destination is drawn through a choice node: read it as one transition
    // from the state before the node to each state after it.
    private static IEnumerable<(string From, string To, string Trigger)> Transitions()
    {
        var diagram = DisputeMachine.MermaidDiagram();
        var choices = ChoiceNode().Matches(diagram).Select(m => m.Groups["name"].Value).ToHashSet();
        var edges = TransitionLine().Matches(diagram)
            .Select(m => (From: m.Groups["from"].Value, To: m.Groups["to"].Value, Trigger: m.Groups["trigger"].Value)).ToList();
        return edges.Where(e => !choices.Contains(e.From) && !choices.Contains(e.To))
            .Concat(edges.Where(e => choices.Contains(e.To)).SelectMany(into => edges
                .Where(e => e.From == into.To && e.Trigger == into.Trigger).Select(e => (into.From, e.To, into.Trigger))));
    }

    private static (int Start, int End) MermaidBlock(string doc)
    {
        var fence = doc.IndexOf(Fence, StringComparison.Ordinal);
        fence.Should().BeGreaterThanOrEqualTo(0, "docs/lifecycle.md has a ```mermaid block");
        var start = fence + Fence.Length;
        var end = doc.IndexOf("```", start, StringComparison.Ordinal);
        end.Should().BeGreaterThanOrEqualTo(0, "the ```mermaid block in docs/lifecycle.md is closed");
        return (start, end);
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    [GeneratedRegex(@"^\s*(?<from>\w+) --> (?<to>\w+) : (?<trigger>\w+)", RegexOptions.Multiline)]
    private static partial Regex TransitionLine();

    [GeneratedRegex(@"^\s*state (?<name>\w+) <<choice>>", RegexOptions.Multiline)]
    private static partial Regex ChoiceNode();
}
