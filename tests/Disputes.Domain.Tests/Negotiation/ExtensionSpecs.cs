using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

public class ExtensionSpecs
{
    private static readonly Actor Engine = Actor.System;
    private readonly DeciderSpec spec = new();

    [Fact]
    public void Given_the_sellers_clock_runs_When_the_seller_asks_for_three_more_days_Then_the_request_is_recorded_and_the_clock_stays()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        spec.Given(story.History).When(AskForTime(), story.Now).Then(
            new ExtensionRequested(DisputeId, DeadlineKind.SellerResponse, Duration.FromDays(3), "Stock arrives on Monday.", Seller, story.Now));
        spec.ThenState().PendingExtension!.RequestedBy.Should().Be(Party.Seller);
    }

    [Fact]
    public void Given_a_request_When_the_buyer_grants_it_Then_the_clock_moves_by_the_extension_on_record()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Do(AskForTime());
        var due = story.Due(DeadlineKind.SellerResponse);
        var at = story.Now + Duration.FromHours(1);
        spec.Given(story.History).When(GrantTime(), at).Then(
            new ExtensionGranted(DisputeId, DeadlineKind.SellerResponse, Duration.FromDays(3), Start, Buyer, at),
            new DeadlineCancelled(DisputeId, DeadlineKind.SellerResponse, due, Engine, at),
            new DeadlineScheduled(DisputeId, DeadlineKind.SellerResponse, due + Duration.FromDays(3), "seller-first-response", "2026-12-01", Engine, at));
        DeadlineRules.BasisOf(DeadlineRules.Of(DeadlineKind.SellerResponse), spec.ThenState(), DisputePolicy.Default)!.Extended
            .Should().Be(Duration.FromDays(3));
    }

    [Fact]
    public void Given_a_request_When_a_mediator_refuses_it_Then_the_clock_stays_and_another_may_be_asked()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Do(AskForTime());
        var state = spec.Given(story.History).When(RefuseTime(Mediator), story.Now).ThenState();
        state.PendingExtension.Should().BeNull();
        state.Deadlines[DeadlineKind.SellerResponse].DueAt.Should().Be(story.Due(DeadlineKind.SellerResponse));
        AllowedActions.For(state, Seller, story.Now, DisputePolicy.Default).Select(o => o.Action).Should().Contain(DisputeAction.RequestExtension);
    }

    [Fact]
    public void Given_a_request_When_the_asking_party_grants_it_itself_Then_it_is_refused()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Do(AskForTime());
        spec.Given(story.History).When(GrantTime(Seller), story.Now).ThenRefused(RefusalKind.WrongActor);
    }

    [Fact]
    public void Given_the_buyers_clock_runs_When_the_seller_asks_to_extend_it_Then_only_the_party_it_awaits_may()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply);
        spec.Given(story.History).When(AskForTime(DeadlineKind.BuyerReplyToOffer), story.Now).ThenRefused(RefusalKind.WrongActor);
    }

    [Fact]
    public void Given_a_running_clock_When_the_buyer_names_a_clock_that_is_not_theirs_Then_it_is_refused_by_name()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply);
        spec.Given(story.History).When(AskForTime(DeadlineKind.NegotiationLimit, Buyer), story.Now)
            .ThenRefused(RefusalKind.RuleViolated, "extension-not-your-clock");
    }

    [Fact]
    public void Given_a_request_longer_than_the_policy_allows_When_asked_Then_the_length_is_refused()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        spec.Given(story.History).When(AskForTime(days: 8), story.Now).ThenRefused(RefusalKind.InvalidInput).FieldErrors!.Keys.Should().Equal("length");
    }

    [Fact]
    public void Given_two_extensions_asked_already_When_a_third_is_asked_Then_the_policy_limit_refuses()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Do(AskForTime()).Do(RefuseTime()).Do(AskForTime()).Do(GrantTime());
        spec.Given(story.History).When(AskForTime(), story.Now).ThenRefused(RefusalKind.LimitReached);
    }

    [Fact]
    public void Given_a_pending_request_When_its_clock_stops_Then_the_request_lapses_with_it()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Do(AskForTime());
        spec.Given(story.History).When(Offer(), story.Now).ThenState().PendingExtension.Should().BeNull();
    }

    [Fact]
    public void Given_an_extended_reply_clock_When_a_new_offer_restarts_it_Then_the_new_run_has_no_extension()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply).Do(AskForTime(DeadlineKind.BuyerReplyToOffer, Buyer)).Do(GrantTime(Seller))
            .Wait(Duration.FromHours(1));
        var state = spec.Given(story.History).When(Offer(cents: 4_000), story.Now).ThenState();
        state.Deadlines[DeadlineKind.BuyerReplyToOffer].DueAt.Should().Be(story.Now + Duration.FromDays(10));
    }

    [Fact]
    public void Given_the_single_offer_policy_When_a_party_asks_for_time_Then_no_extension_is_allowed()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse, DisputePolicy.SingleOffer);
        new DeciderSpec { Policy = DisputePolicy.SingleOffer }.Given(story.History).When(AskForTime(), story.Now).ThenRefused(RefusalKind.LimitReached);
    }
}
