namespace Disputes.Domain.Tests;

// DeadlineRules is the one table of clocks; these catch a clock added to the enum, the machine or the docs but not to
// the table, and a table entry that disagrees with the machine it feeds.
public class DeadlineRulesTests
{
    private const string EngineGuard = "actor is the engine (a clock ran out)";

    [Fact]
    public void The_table_has_one_entry_per_clock_kind_with_its_own_name_label_and_trigger()
    {
        DeadlineRules.All.Select(r => r.Kind).Should().Equal(Enum.GetValues<DeadlineKind>());
        DeadlineRules.All.Select(r => r.Name).Should().OnlyHaveUniqueItems();
        DeadlineRules.All.Select(r => r.Label).Should().OnlyHaveUniqueItems();
        DeadlineRules.All.Select(r => r.Trigger).Should().OnlyHaveUniqueItems();
        foreach (var kind in Enum.GetValues<DeadlineKind>())
            DeadlineRules.Of(kind).Kind.Should().Be(kind);
    }

    [Fact]
    public void Every_clock_the_machine_lets_the_engine_fire_is_in_the_table_and_every_table_trigger_is_in_the_machine()
    {
        var table = DisputeMachine.Table();
        var engineTriggers = table.Where(t => t.Guards.Contains(EngineGuard)).Select(t => t.Action).ToHashSet();

        engineTriggers.Should().BeEquivalentTo(DeadlineRules.All.Select(r => r.Trigger));
        table.Where(t => t.Action.IsClock()).Should().OnlyContain(t => t.Guards.Contains(EngineGuard), "only the engine makes a clock run out");
    }

    [Fact]
    public void An_action_the_machine_refuses_after_a_deadline_is_allowed_until_that_deadline()
    {
        foreach (var transition in DisputeMachine.Table())
            foreach (var rule in DeadlineRules.All.Where(r => transition.Guards.Contains($"before the {r.Label} deadline")))
                DeadlineRules.BoundingClocks(transition.Action).Should().Contain(rule.Kind,
                    "{0} from {1} is refused after the {2} deadline, so its allowed-until must show it", transition.Action, transition.From, rule.Kind);
    }

    [Fact]
    public void The_rules_document_names_every_clock_by_its_rule_name()
    {
        var rules = File.ReadAllText(Repository.File("docs", "rules.md"));

        foreach (var rule in DeadlineRules.All)
            rules.Should().Contain($"`{rule.Name}`", "docs/rules.md lists the {0} clock", rule.Kind);
    }
}
