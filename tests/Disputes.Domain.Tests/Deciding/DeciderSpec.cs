using NodaTime;

namespace Disputes.Domain.Tests;

// Given(events) / When(command) / Then(events | refusal | nothing), on the pure decider.
public sealed class DeciderSpec
{
    private readonly List<IDisputeEvent> given = [];
    private Verdict? verdict;

    public DisputePolicy Policy { get; init; } = DisputePolicy.Default;
    public Dispute? State => given.Count == 0 ? null : DisputeEvolver.Fold(given);

    public DeciderSpec Given(IEnumerable<IDisputeEvent> events)
    {
        given.AddRange(events);
        return this;
    }

    public DeciderSpec When(IDisputeCommand command, Instant now)
    {
        verdict = DisputeDecider.Decide(command, State, now, Policy);
        return this;
    }

    public IReadOnlyList<IDisputeEvent> ThenAccepted()
    {
        var accepted = verdict.Should().BeOfType<Accepted>(because: "the command should be accepted, not {0}", verdict).Subject;
        return accepted.Events;
    }

    public void Then(params IDisputeEvent[] expected) =>
        ThenAccepted().Should().Equal(expected);

    public void ThenNothing() => ThenAccepted().Should().BeEmpty();

    public Refusal ThenRefused(RefusalKind kind, string? rule = null)
    {
        var refusal = verdict.Should().BeOfType<Refused>().Subject.Refusal;
        refusal.Kind.Should().Be(kind, refusal.Message);
        if (rule is not null)
            refusal.Rule.Should().Be(rule);
        return refusal;
    }

    public Dispute ThenState() => DisputeEvolver.Fold([.. given, .. ThenAccepted()]);
}
