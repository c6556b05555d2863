using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

public class RatingSpecs
{
    private readonly DeciderSpec spec = new();

    // Decided by the mediator, the appeal window ran out, the refund went through: closed in the buyer's favour.
    private static Story ClosedByDecision() =>
        Story.In(DisputeStatus.Decided).Expire(DeadlineKind.AppealWindow).Wait(Duration.FromHours(1)).Do(RefundSucceeded());

    [Fact]
    public void Given_a_dispute_closed_by_a_decision_When_the_buyer_rates_it_Then_the_rating_names_the_outcome_and_the_deciding_mediator()
    {
        var story = ClosedByDecision().Wait(Duration.FromDays(1));
        spec.Given(story.History).When(Rate(5), story.Now).Then(
            new ResolutionRated(DisputeId, Party.Buyer, 5, "Fair outcome, slow start.", DisputeOutcome.BuyerFavoured, Mediator.Id, Buyer, story.Now));
        spec.ThenState().Ratings.Should().Equal(new ResolutionRating(Party.Buyer, 5, "Fair outcome, slow start.", story.Now));
    }

    [Fact]
    public void Given_a_dispute_settled_without_mediation_When_the_seller_rates_it_without_a_comment_Then_no_mediator_is_credited()
    {
        var story = Story.In(DisputeStatus.Closed);
        spec.Given(story.History).When(Rate(2, Seller, comment: "  "), story.Now).Then(
            new ResolutionRated(DisputeId, Party.Seller, 2, null, DisputeOutcome.Withdrawn, null, Seller, story.Now));
    }

    [Fact]
    public void Given_a_closed_dispute_When_both_parties_rate_it_Then_each_rating_is_kept()
    {
        var story = ClosedByDecision().Do(Rate(5)).Do(Rate(1, Seller, "The refund was not deserved."));
        story.State!.Ratings.Select(r => (r.Party, r.Score)).Should().Equal((Party.Buyer, 5), (Party.Seller, 1));
        story.State.Status.Should().Be(DisputeStatus.Closed);
    }

    [Fact]
    public void Given_a_rated_dispute_When_the_same_rating_is_sent_again_Then_it_is_a_repeat()
    {
        var story = ClosedByDecision().Do(Rate(4));
        spec.Given(story.History).When(Rate(4), story.Now).ThenNothing();
    }

    [Fact]
    public void Given_a_rated_dispute_When_the_party_rates_again_differently_Then_one_rating_per_party_is_the_limit()
    {
        var story = ClosedByDecision().Do(Rate(4));
        spec.Given(story.History).When(Rate(1), story.Now).ThenRefused(RefusalKind.LimitReached);
    }

    [Fact]
    public void Given_a_closed_dispute_When_the_rating_window_has_run_out_Then_the_rating_is_refused_as_late()
    {
        var story = ClosedByDecision();
        var closedAt = story.State!.ClosedAt!.Value;
        spec.Given(story.History).When(Rate(3), closedAt + story.Policy.RatingWindow).ThenRefused(RefusalKind.DeadlinePassed);
        new DeciderSpec().Given(story.History).When(Rate(3), closedAt + story.Policy.RatingWindow - Duration.FromSeconds(1)).ThenAccepted().Should().ContainSingle();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void Given_a_closed_dispute_When_the_score_is_outside_one_to_five_Then_the_score_is_refused(int score)
    {
        var story = ClosedByDecision();
        spec.Given(story.History).When(Rate(score), story.Now).ThenRefused(RefusalKind.InvalidInput).FieldErrors!.Keys.Should().Equal("score");
    }

    [Fact]
    public void Given_a_closed_dispute_When_the_comment_is_longer_than_the_policy_allows_Then_the_comment_is_refused()
    {
        var story = ClosedByDecision();
        spec.Given(story.History).When(Rate(comment: new string('x', story.Policy.MaxTextLength + 1)), story.Now)
            .ThenRefused(RefusalKind.InvalidInput).FieldErrors!.Keys.Should().Equal("comment");
    }

    [Theory]
    [InlineData(DisputeStatus.UnderMediation)]
    [InlineData(DisputeStatus.Decided)]
    [InlineData(DisputeStatus.RefundPending)]
    public void Given_a_dispute_not_yet_closed_When_a_party_rates_it_Then_there_is_nothing_to_rate_yet(DisputeStatus status)
    {
        var story = Story.In(status);
        spec.Given(story.History).When(Rate(), story.Now).ThenRefused(RefusalKind.NotAllowedInState);
    }

    [Fact]
    public void Given_a_closed_dispute_When_the_mediator_or_the_platform_rates_it_Then_only_the_parties_may()
    {
        var story = ClosedByDecision();
        spec.Given(story.History).When(Rate(by: Mediator), story.Now).ThenRefused(RefusalKind.WrongActor);
        new DeciderSpec().Given(story.History).When(Rate(by: Platform), story.Now).ThenRefused(RefusalKind.WrongActor);
    }

    [Fact]
    public void Given_a_policy_with_a_shorter_rating_window_When_configured_Then_the_setting_is_read_and_a_zero_window_is_rejected()
    {
        DisputePolicy.FromSettings(new PolicySettings { RatingWindow = "P3D" }).RatingWindow.Should().Be(Duration.FromDays(3));
        (DisputePolicy.Default with { RatingWindow = Duration.Zero }).Validate().Should().Contain(p => p.Contains("RatingWindow"));
    }

    [Fact]
    public void Given_a_closed_dispute_When_its_parties_ask_what_they_may_do_Then_rating_is_offered_until_the_window_closes()
    {
        var story = ClosedByDecision().Do(Rate(5));
        var actions = AllowedActions.For(story.State!, story.Now, story.Policy);
        actions.Seller.Should().ContainSingle(a => a.Action == DisputeAction.RateResolution)
            .Which.Until.Should().Be(story.State!.ClosedAt + story.Policy.RatingWindow);
        actions.Buyer.Should().NotContain(a => a.Action == DisputeAction.RateResolution, "the buyer has rated already");
    }
}
