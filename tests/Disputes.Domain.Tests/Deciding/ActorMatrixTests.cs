using NodaTime;
using static Disputes.Domain.Tests.Cast;
using A = Disputes.Domain.DisputeAction;
using S = Disputes.Domain.DisputeStatus;

namespace Disputes.Domain.Tests;

// Every permitted (state, action) tried by every participant: only the rightful ones get through,
// the rest are refused as WrongActor (403 at the API), and a refusal produces no events.
public class ActorMatrixTests
{
    // The engine is tried too: no client action is ever its to take.
    private static readonly Actor[] Everyone = [Buyer, Seller, OtherBuyer, OtherSeller, Mediator, OtherMediator, Platform, Engine];

    private static Actor[] Rightful(S state, A action) => action switch
    {
        // The buyer's counter-offer is the seller's to answer.
        A.AcceptOffer or A.RejectOffer when state == S.AwaitingSellerReply => [Seller],
        A.CounterOffer or A.ConfirmReplacementReceived or A.ReportReplacementProblem => [Buyer],
        A.RecordReturnReceipt or A.ShipReplacement => [Seller],
        A.ProposeSolution => [Platform],
        A.ExtendProtection => [Seller, Platform],
        // Only the party whose answer a running clock awaits may ask to extend it.
        A.RequestExtension when state is S.AwaitingBuyerReply or S.AwaitingReturnShipment or S.ReplacementInTransit => [Buyer],
        A.RequestExtension => [Seller],
        A.AcceptClaim or A.MakeOffer or A.RejectClaim or A.ConfirmReturnReceived or A.ReportReturnProblem => [Seller],
        A.AcceptOffer or A.RejectOffer or A.ShipReturn or A.Withdraw => [Buyer],
        A.Escalate when state == S.AwaitingSellerResponse => [Seller],
        A.Escalate or A.Appeal or A.AddEvidence or A.RateResolution => [Buyer, Seller],
        A.TranslateText => [Mediator, OtherMediator, Platform],
        A.PostMessage when state is S.UnderMediation or S.AwaitingEvidence or S.Decided => [Buyer, Seller, Mediator],
        A.PostMessage => [Buyer, Seller],
        A.ClaimCase => [Mediator, OtherMediator],
        // The engine assigns too: auto-assignment.
        A.AssignCase => [Mediator, OtherMediator, Platform, Engine],
        A.RetryRefund => [Mediator, OtherMediator, Platform],
        A.ReassignCase => [Platform],
        A.ReleaseCase or A.RequestEvidence or A.RecordDecision => [Mediator],
        A.MarkReturnDelivered => [Buyer, Platform],
        A.ReportRefundSucceeded or A.ReportRefundFailed => [Platform],
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static TheoryData<S, A> PermittedPairs()
    {
        var data = new TheoryData<S, A>();
        foreach (var state in Enum.GetValues<S>().Where(s => s.IsOpen()))
        {
            var story = Story.In(state);
            var permitted = AllowedActions.For(story.State!, story.Now, story.Policy);
            foreach (var action in permitted.Buyer.Concat(permitted.Seller).Concat(permitted.Mediator).Concat(permitted.Platform).Select(o => o.Action).Distinct())
                data.Add(state, action);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PermittedPairs))]
    public void Given_a_permitted_action_When_each_participant_tries_it_Then_only_the_rightful_ones_may(S state, A action)
    {
        var story = Story.In(state);
        var rightful = Rightful(state, action);

        foreach (var actor in Everyone)
        {
            var verdict = DisputeDecider.Decide(As(Commands.For(action, story.State), actor), story.State, story.Now + Duration.FromMinutes(1), story.Policy);
            if (rightful.Contains(actor))
                verdict.Should().BeOfType<Accepted>($"{actor} may {action} in {state}");
            else
                verdict.Should().BeOfType<Refused>($"{actor} may not {action} in {state}")
                    .Which.Refusal.Kind.Should().Be(RefusalKind.WrongActor);
        }
    }

    // Records have no `with` through an interface; clone and set the init-only By.
    private static IDisputeCommand As(IDisputeCommand command, Actor actor)
    {
        var type = command.GetType();
        var clone = (IDisputeCommand)type.GetMethod("<Clone>$")!.Invoke(command, null)!;
        type.GetProperty(nameof(IDisputeCommand.By))!.SetValue(clone, actor);
        return clone;
    }
}
