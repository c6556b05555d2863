using NodaTime;
using A = Disputes.Domain.DisputeAction;
using S = Disputes.Domain.DisputeStatus;

namespace Disputes.Domain.Tests;

// Every state × every client action, by the action's natural actor: the rulebook written out as a table,
// independent of DisputeMachine, so a change to the machine that breaks a rule of the lifecycle (docs/architecture.md §3) fails here.
public class StateActionMatrixTests
{
    private sealed record Outcome(S? To, bool Repeats);

    private static Outcome To(S state) => new(state, false);

    // Declared before the rulebook: static fields initialise in textual order.
    private static readonly Outcome Same = new(null, false);
    private static readonly Outcome Repeat = new(null, true);

    // (state, action) → resulting state. A pair that is absent must be refused; "Same" means accepted
    // without a state change; Repeat means a retry of something already done: accepted with no events.
    private static readonly Dictionary<(S, A), Outcome> Rulebook = new()
    {
        [(S.None, A.Open)] = To(S.AwaitingSellerResponse),

        [(S.AwaitingSellerResponse, A.Open)] = Repeat,
        [(S.AwaitingSellerResponse, A.ExtendProtection)] = Same,
        [(S.AwaitingSellerResponse, A.AcceptClaim)] = To(S.RefundPending),
        [(S.AwaitingSellerResponse, A.MakeOffer)] = To(S.AwaitingBuyerReply),
        [(S.AwaitingSellerResponse, A.RejectClaim)] = To(S.AwaitingBuyerEscalation),
        [(S.AwaitingSellerResponse, A.Escalate)] = To(S.AwaitingMediator),
        [(S.AwaitingSellerResponse, A.PostMessage)] = Same,
        [(S.AwaitingSellerResponse, A.AddEvidence)] = Same,
        [(S.AwaitingSellerResponse, A.Withdraw)] = To(S.Closed),
        [(S.AwaitingSellerResponse, A.ProposeSolution)] = To(S.AwaitingBuyerReply),
        [(S.AwaitingSellerResponse, A.RequestExtension)] = Same,

        [(S.AwaitingBuyerReply, A.Open)] = Repeat,
        [(S.AwaitingBuyerReply, A.ExtendProtection)] = Same,
        [(S.AwaitingBuyerReply, A.AcceptOffer)] = To(S.RefundPending),
        [(S.AwaitingBuyerReply, A.RejectOffer)] = To(S.Negotiating),
        [(S.AwaitingBuyerReply, A.CounterOffer)] = To(S.AwaitingSellerReply),
        [(S.AwaitingBuyerReply, A.MakeOffer)] = Same,
        [(S.AwaitingBuyerReply, A.ProposeSolution)] = Same,
        [(S.AwaitingBuyerReply, A.RequestExtension)] = Same,
        [(S.AwaitingBuyerReply, A.Escalate)] = To(S.AwaitingMediator),
        [(S.AwaitingBuyerReply, A.PostMessage)] = Same,
        [(S.AwaitingBuyerReply, A.AddEvidence)] = Same,
        [(S.AwaitingBuyerReply, A.Withdraw)] = To(S.Closed),

        [(S.AwaitingSellerReply, A.Open)] = Repeat,
        [(S.AwaitingSellerReply, A.ExtendProtection)] = Same,
        [(S.AwaitingSellerReply, A.CounterOffer)] = Repeat,
        [(S.AwaitingSellerReply, A.AcceptOffer)] = To(S.RefundPending),
        [(S.AwaitingSellerReply, A.RejectOffer)] = To(S.Negotiating),
        [(S.AwaitingSellerReply, A.MakeOffer)] = To(S.AwaitingBuyerReply),
        [(S.AwaitingSellerReply, A.ProposeSolution)] = To(S.AwaitingBuyerReply),
        [(S.AwaitingSellerReply, A.Escalate)] = To(S.AwaitingMediator),
        [(S.AwaitingSellerReply, A.PostMessage)] = Same,
        [(S.AwaitingSellerReply, A.AddEvidence)] = Same,
        [(S.AwaitingSellerReply, A.Withdraw)] = To(S.Closed),
        [(S.AwaitingSellerReply, A.RequestExtension)] = Same,

        [(S.Negotiating, A.Open)] = Repeat,
        [(S.Negotiating, A.ExtendProtection)] = Same,
        [(S.Negotiating, A.MakeOffer)] = To(S.AwaitingBuyerReply),
        [(S.Negotiating, A.CounterOffer)] = To(S.AwaitingSellerReply),
        [(S.Negotiating, A.ProposeSolution)] = To(S.AwaitingBuyerReply),
        [(S.Negotiating, A.Escalate)] = To(S.AwaitingMediator),
        [(S.Negotiating, A.PostMessage)] = Same,
        [(S.Negotiating, A.AddEvidence)] = Same,
        [(S.Negotiating, A.Withdraw)] = To(S.Closed),

        [(S.AwaitingBuyerEscalation, A.Open)] = Repeat,
        [(S.AwaitingBuyerEscalation, A.ExtendProtection)] = Same,
        [(S.AwaitingBuyerEscalation, A.Escalate)] = To(S.AwaitingMediator),
        [(S.AwaitingBuyerEscalation, A.PostMessage)] = Same,
        [(S.AwaitingBuyerEscalation, A.AddEvidence)] = Same,
        [(S.AwaitingBuyerEscalation, A.Withdraw)] = To(S.Closed),

        [(S.AwaitingMediator, A.Open)] = Repeat,
        [(S.AwaitingMediator, A.ClaimCase)] = To(S.UnderMediation),
        [(S.AwaitingMediator, A.AssignCase)] = To(S.UnderMediation),
        [(S.AwaitingMediator, A.PostMessage)] = Same,
        [(S.AwaitingMediator, A.AddEvidence)] = Same,
        [(S.AwaitingMediator, A.Withdraw)] = To(S.Closed),

        [(S.UnderMediation, A.Open)] = Repeat,
        [(S.UnderMediation, A.ClaimCase)] = Repeat,
        [(S.UnderMediation, A.AssignCase)] = Repeat,
        [(S.UnderMediation, A.ReleaseCase)] = To(S.AwaitingMediator),
        [(S.UnderMediation, A.ReassignCase)] = Same,
        [(S.UnderMediation, A.RequestEvidence)] = To(S.AwaitingEvidence),
        [(S.UnderMediation, A.RecordDecision)] = To(S.Decided),
        [(S.UnderMediation, A.PostMessage)] = Same,
        [(S.UnderMediation, A.AddEvidence)] = Same,
        [(S.UnderMediation, A.Withdraw)] = To(S.Closed),

        // The request went to the seller; the buyer's evidence does not answer it.
        [(S.AwaitingEvidence, A.Open)] = Repeat,
        [(S.AwaitingEvidence, A.ClaimCase)] = Repeat,
        [(S.AwaitingEvidence, A.AssignCase)] = Repeat,
        [(S.AwaitingEvidence, A.ReleaseCase)] = To(S.AwaitingMediator),
        [(S.AwaitingEvidence, A.ReassignCase)] = Same,
        [(S.AwaitingEvidence, A.PostMessage)] = Same,
        [(S.AwaitingEvidence, A.AddEvidence)] = Same,
        [(S.AwaitingEvidence, A.Withdraw)] = To(S.Closed),
        [(S.AwaitingEvidence, A.RequestExtension)] = Same,

        [(S.Decided, A.Open)] = Repeat,
        [(S.Decided, A.Appeal)] = To(S.AwaitingMediator),
        [(S.Decided, A.PostMessage)] = Same,
        [(S.Decided, A.AddEvidence)] = Same,

        [(S.AwaitingReturnShipment, A.Open)] = Repeat,
        [(S.AwaitingReturnShipment, A.ShipReturn)] = To(S.ReturnInTransit),
        [(S.AwaitingReturnShipment, A.PostMessage)] = Same,
        [(S.AwaitingReturnShipment, A.AddEvidence)] = Same,
        [(S.AwaitingReturnShipment, A.Withdraw)] = To(S.Closed),
        [(S.AwaitingReturnShipment, A.RequestExtension)] = Same,

        [(S.ReturnInTransit, A.Open)] = Repeat,
        [(S.ReturnInTransit, A.MarkReturnDelivered)] = To(S.ReturnDelivered),
        [(S.ReturnInTransit, A.ConfirmReturnReceived)] = To(S.RefundPending),
        [(S.ReturnInTransit, A.ReportReturnProblem)] = To(S.AwaitingMediator),
        [(S.ReturnInTransit, A.RecordReturnReceipt)] = To(S.RefundPending),
        [(S.ReturnInTransit, A.PostMessage)] = Same,
        [(S.ReturnInTransit, A.AddEvidence)] = Same,

        [(S.ReturnDelivered, A.Open)] = Repeat,
        [(S.ReturnDelivered, A.MarkReturnDelivered)] = Repeat,
        [(S.ReturnDelivered, A.ConfirmReturnReceived)] = To(S.RefundPending),
        [(S.ReturnDelivered, A.ReportReturnProblem)] = To(S.AwaitingMediator),
        [(S.ReturnDelivered, A.RecordReturnReceipt)] = To(S.RefundPending),
        [(S.ReturnDelivered, A.RequestExtension)] = Same,
        [(S.ReturnDelivered, A.PostMessage)] = Same,
        [(S.ReturnDelivered, A.AddEvidence)] = Same,

        [(S.AwaitingReplacementShipment, A.Open)] = Repeat,
        [(S.AwaitingReplacementShipment, A.ShipReplacement)] = To(S.ReplacementInTransit),
        [(S.AwaitingReplacementShipment, A.PostMessage)] = Same,
        [(S.AwaitingReplacementShipment, A.AddEvidence)] = Same,
        [(S.AwaitingReplacementShipment, A.RequestExtension)] = Same,

        [(S.ReplacementInTransit, A.Open)] = Repeat,
        [(S.ReplacementInTransit, A.ConfirmReplacementReceived)] = To(S.Closed),
        [(S.ReplacementInTransit, A.ReportReplacementProblem)] = To(S.AwaitingMediator),
        [(S.ReplacementInTransit, A.PostMessage)] = Same,
        [(S.ReplacementInTransit, A.AddEvidence)] = Same,
        [(S.ReplacementInTransit, A.RequestExtension)] = Same,

        [(S.RefundPending, A.Open)] = Repeat,
        [(S.RefundPending, A.ReportRefundSucceeded)] = To(S.Closed),
        [(S.RefundPending, A.ReportRefundFailed)] = To(S.RefundFailed),
        [(S.RefundPending, A.PostMessage)] = Same,
        [(S.RefundPending, A.AddEvidence)] = Same,

        [(S.RefundFailed, A.Open)] = Repeat,
        [(S.RefundFailed, A.ReportRefundFailed)] = Repeat,
        [(S.RefundFailed, A.RetryRefund)] = To(S.RefundPending),
        [(S.RefundFailed, A.PostMessage)] = Same,
        [(S.RefundFailed, A.AddEvidence)] = Same,

        [(S.Closed, A.Open)] = Repeat,
        [(S.Closed, A.Withdraw)] = Repeat,
        [(S.Closed, A.RateResolution)] = Same,
    };

    // A translation annotates a text in any state but the none before opening, and changes nothing else.
    private static Outcome? Expected(S state, A action) =>
        action == A.TranslateText && state != S.None ? Same : Rulebook.GetValueOrDefault((state, action));

    public static TheoryData<S, A> Pairs()
    {
        var data = new TheoryData<S, A>();
        foreach (var state in Enum.GetValues<S>())
            foreach (var action in Enum.GetValues<A>().Where(a => !a.IsClock()))
                data.Add(state, action);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Given_a_dispute_in_state_When_the_natural_actor_acts_Then_the_rulebook_holds(S state, A action)
    {
        var story = Story.In(state);
        var command = Commands.For(action, story.State);
        // The return path opens with a return remedy, so its re-open repeat needs that same opening.
        if (action == A.Open && story.History.OfType<DisputeOpened>().SingleOrDefault() is { RequestedRemedy: Remedy.ReturnAndRefund })
            command = Commands.Open(Remedy.ReturnAndRefund);

        var verdict = DisputeDecider.Decide(command, story.State, story.Now + Duration.FromMinutes(1), story.Policy);

        switch (Expected(state, action))
        {
            case null when state == S.None:
                verdict.Should().BeOfType<Refused>().Which.Refusal.Kind.Should().Be(RefusalKind.DisputeNotFound);
                break;
            case null when action == A.Open:
                verdict.Should().BeOfType<Refused>().Which.Refusal.Kind.Should().Be(RefusalKind.DisputeAlreadyExists);
                break;
            case null:
                var refusal = verdict.Should().BeOfType<Refused>().Subject.Refusal;
                refusal.Kind.Should().Be(RefusalKind.NotAllowedInState, refusal.Message);
                refusal.AllowedActions.Should().NotContain(action);
                break;
            case { Repeats: true }:
                verdict.Should().BeOfType<Accepted>().Which.Events.Should().BeEmpty();
                break;
            case { To: var expected }:
                var events = verdict.Should().BeOfType<Accepted>(because: "{0}", verdict).Subject.Events;
                events.Should().NotBeEmpty();
                events.Aggregate(story.State, DisputeEvolver.Evolve)!.Status.Should().Be(expected ?? state);
                break;
        }
    }

    [Fact]
    public void The_rulebook_and_the_machine_agree_on_every_permitted_pair()
    {
        foreach (var state in Enum.GetValues<S>().Where(s => s != S.None))
        {
            var story = Story.In(state);
            var d = story.State!;
            var permitted = AllowedActions.For(d, story.Now, story.Policy);
            var all = permitted.Buyer.Concat(permitted.Seller).Concat(permitted.Mediator).Concat(permitted.Platform).Select(o => o.Action).ToHashSet();
            var expected = Rulebook.Where(r => r.Key.Item1 == state && !r.Value.Repeats).Select(r => r.Key.Item2).ToHashSet();
            all.Should().BeEquivalentTo(expected, $"the actions permitted in {state}");
        }
    }
}
