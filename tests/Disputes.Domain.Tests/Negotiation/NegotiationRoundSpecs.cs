using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

public class NegotiationRoundSpecs
{
    private static readonly Actor Engine = Actor.System;
    private readonly DeciderSpec spec = new();

    [Fact]
    public void Given_an_offer_When_the_seller_revises_it_Then_the_new_offer_replaces_it_and_the_buyer_reply_clock_restarts()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply);
        var first = story.Due(DeadlineKind.BuyerReplyToOffer);
        var at = story.Now + Duration.FromHours(2);
        spec.Given(story.History).When(Offer(cents: 4_000), at).Then(
            new SellerOfferMade(DisputeId, OfferKind.PartialRefund, Eur(4_000), "Keep it, take 30.", Seller, at),
            new DeadlineCancelled(DisputeId, DeadlineKind.BuyerReplyToOffer, first, Engine, at),
            new DeadlineScheduled(DisputeId, DeadlineKind.BuyerReplyToOffer, at + Duration.FromDays(10), "buyer-reply-to-offer", "2026-12-01", Engine, at));
    }

    [Fact]
    public void Given_the_buyers_reply_deadline_has_passed_When_the_seller_revises_Then_the_clock_has_already_decided()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply);
        spec.Given(story.History).When(Offer(cents: 4_000), story.Due(DeadlineKind.BuyerReplyToOffer)).ThenRefused(RefusalKind.DeadlinePassed, "deadline-passed");
    }

    [Fact]
    public void Given_an_offer_When_the_buyer_counters_Then_the_seller_has_five_days_to_answer_the_counter_offer()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply);
        var state = spec.Given(story.History).When(Counter(cents: 6_000), story.Now).ThenState();

        state.Status.Should().Be(DisputeStatus.AwaitingSellerReply);
        state.PendingOffer.Should().Be(new PendingOffer(OfferKind.PartialRefund, Eur(6_000), story.Now, ActorKind.Buyer));
        state.Proposals.Should().Be(2);
        state.Deadlines.Keys.Should().BeEquivalentTo([DeadlineKind.SellerReplyToOffer, DeadlineKind.NegotiationLimit]);
        state.Deadlines[DeadlineKind.SellerReplyToOffer].DueAt.Should().Be(story.Now + Duration.FromDays(5));
    }

    [Fact]
    public void Given_a_counter_offer_When_the_seller_accepts_it_Then_the_countered_refund_is_requested()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerReply);
        var events = spec.Given(story.History).When(AcceptOffer() with { By = Seller }, story.Now).ThenAccepted();

        events.Take(2).Should().Equal(
            new SellerAcceptedCounterOffer(DisputeId, OfferKind.PartialRefund, Eur(6_000), Seller, story.Now),
            new RefundRequested(DisputeId, 1, Eur(6_000), Seller, story.Now));
    }

    [Fact]
    public void Given_a_counter_offer_When_the_buyer_tries_to_accept_it_Then_it_is_not_theirs_to_answer()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerReply);
        spec.Given(story.History).When(AcceptOffer(), story.Now).ThenRefused(RefusalKind.WrongActor, "actor-not-permitted");
    }

    [Fact]
    public void Given_an_offer_When_the_buyer_rejects_it_Then_nothing_escalates_and_both_may_propose_again()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply);
        var events = spec.Given(story.History).When(RejectOffer(), story.Now).ThenAccepted();

        events.OfType<DisputeEscalated>().Should().BeEmpty();
        var state = spec.ThenState();
        state.Status.Should().Be(DisputeStatus.Negotiating);
        state.Deadlines.Keys.Should().Equal(DeadlineKind.NegotiationLimit);
        AllowedActions.For(state, Seller, story.Now, DisputePolicy.Default).Select(o => o.Action).Should().Contain(DisputeAction.MakeOffer);
        AllowedActions.For(state, Buyer, story.Now, DisputePolicy.Default).Select(o => o.Action).Should().Contain(DisputeAction.CounterOffer);
    }

    [Fact]
    public void Given_a_policy_whose_rejections_escalate_When_the_seller_rejects_a_counter_offer_Then_the_case_goes_to_a_mediator()
    {
        var policy = DisputePolicy.Default with { Version = "escalating", RejectionEscalates = true };
        var story = Story.In(DisputeStatus.AwaitingSellerReply, policy);
        var events = new DeciderSpec { Policy = policy }.Given(story.History).When(RejectOffer() with { By = Seller }, story.Now).ThenAccepted();

        events.Take(2).Should().Equal(
            new SellerRejectedCounterOffer(DisputeId, "Too little.", Seller, story.Now),
            new DisputeEscalated(DisputeId, "The seller rejected the buyer's counter-offer.", Seller, story.Now));
    }

    [Fact]
    public void Given_the_last_proposal_allowed_When_it_is_rejected_Then_it_escalates_whatever_the_policy_says_of_rejections()
    {
        var policy = DisputePolicy.Default with { Version = "two-rounds", MaxProposals = 2 };
        var story = Story.In(DisputeStatus.AwaitingSellerReply, policy);
        var state = new DeciderSpec { Policy = policy }.Given(story.History).When(RejectOffer() with { By = Seller }, story.Now).ThenState();
        state.Status.Should().Be(DisputeStatus.AwaitingMediator);
    }

    [Fact]
    public void Given_the_proposals_are_used_up_When_the_seller_revises_again_Then_the_round_limit_refuses()
    {
        var policy = DisputePolicy.Default with { Version = "two-rounds", MaxProposals = 2 };
        var story = Story.In(DisputeStatus.AwaitingBuyerReply, policy).Do(Offer(cents: 3_500));
        new DeciderSpec { Policy = policy }.Given(story.History).When(Offer(cents: 4_000), story.Now).ThenRefused(RefusalKind.LimitReached, "limit-reached")
            .Message.Should().Contain("fewer than 2 proposals");
    }

    [Fact]
    public void Given_the_single_offer_policy_When_the_buyer_counters_Then_it_is_refused_and_a_rejection_still_escalates()
    {
        var policy = DisputePolicy.SingleOffer;
        var story = Story.In(DisputeStatus.AwaitingBuyerReply, policy);
        var single = new DeciderSpec { Policy = policy }.Given(story.History);
        single.When(Counter(), story.Now).ThenRefused(RefusalKind.LimitReached);
        single.When(RejectOffer(), story.Now).ThenState().Status.Should().Be(DisputeStatus.AwaitingMediator);
    }

    [Fact]
    public void Given_a_claim_When_the_platform_proposes_a_solution_Then_the_buyer_answers_it_as_an_offer()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        var state = spec.Given(story.History).When(Propose(), story.Now).ThenState();

        state.Status.Should().Be(DisputeStatus.AwaitingBuyerReply);
        state.PendingOffer!.ProposedBy.Should().Be(ActorKind.Platform);
        story.Do(Propose());
        new DeciderSpec().Given(story.History).When(AcceptOffer(), story.Now).ThenAccepted().First().Should().Be(
            new BuyerAcceptedOffer(DisputeId, OfferKind.PartialRefund, Eur(5_000), Buyer, story.Now));
    }

    [Fact]
    public void Given_an_offer_When_the_same_revision_arrives_again_Then_it_is_a_repeat_that_changes_nothing()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply);
        spec.Given(story.History).When(Offer(), story.Now + Duration.FromHours(1)).ThenNothing();
    }

    [Fact]
    public void Given_a_counter_offer_When_the_seller_stays_silent_Then_the_case_is_escalated()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerReply);
        var due = story.Due(DeadlineKind.SellerReplyToOffer);
        var state = spec.Given(story.History).When(Expire(DeadlineKind.SellerReplyToOffer, due), due).ThenState();
        state.Status.Should().Be(DisputeStatus.AwaitingMediator);
    }
}
