using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

// The diagram and GET /lifecycle draw the machine's destinations; the evolver decides the status. The property run
// (Invariants.LandsWhereTheMachineSays) checks every accepted command of the generated sequences; these pin the branch
// whose destination the command itself chooses.
public class MachineDestinationTests
{
    public static TheoryData<DecisionKind, long?, DisputeStatus> DecisionsOnAppeal() => new()
    {
        { DecisionKind.FullRefund, null, DisputeStatus.RefundPending },
        { DecisionKind.PartialRefund, 2_500, DisputeStatus.RefundPending },
        { DecisionKind.ReturnAndRefund, null, DisputeStatus.AwaitingReturnShipment },
        { DecisionKind.ClaimRejected, null, DisputeStatus.Closed },
    };

    [Theory]
    [MemberData(nameof(DecisionsOnAppeal))]
    public void Given_an_appealed_case_When_the_second_mediator_decides_Then_the_machine_names_the_status_the_decision_leads_to(
        DecisionKind kind, long? cents, DisputeStatus carriedOut)
    {
        var story = Story.In(DisputeStatus.Decided).Do(Appeal(Buyer)).Do(Claim(OtherMediator));
        var decide = Decide(kind, cents is { } c ? Eur(c) : null, OtherMediator);

        var declared = DisputeMachine.For(story.State, story.Now, story.Policy).Destination(decide);
        story.Do(decide);

        story.State!.Status.Should().Be(carriedOut);
        declared.Should().Be(carriedOut, "the decision on an appeal is carried out at once");
        DisputeMachine.Table().Should().Contain(t => t.From == DisputeStatus.UnderMediation && t.Action == DisputeAction.RecordDecision && t.To == carriedOut);
    }

    [Fact]
    public void Given_a_first_decision_When_the_mediator_decides_Then_the_machine_names_decided()
    {
        var story = Story.In(DisputeStatus.UnderMediation);

        DisputeMachine.For(story.State, story.Now, story.Policy).Destination(Decide(DecisionKind.ClaimRejected)).Should().Be(DisputeStatus.Decided);
        story.Do(Decide(DecisionKind.ClaimRejected)).State!.Status.Should().Be(DisputeStatus.Decided);
    }
}
