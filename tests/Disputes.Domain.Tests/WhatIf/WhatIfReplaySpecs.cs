using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

// Given(a stored history) / When(replayed under a candidate policy) / Then(where it first diverges, and what the
// candidate's rules do there instead). Histories are ones the engine produced under the default policy.
public class WhatIfReplaySpecs
{
    private static readonly Instant Later = Start + Duration.FromDays(400);

    private static DisputeWhatIf Replay(Story story, PolicySettings candidate) => WhatIfReplay.Run(story.History, candidate, Later);

    [Fact]
    public void Given_a_seller_who_answered_on_day_4_When_the_seller_clock_is_3_days_Then_the_silence_rule_refunds_the_buyer_instead()
    {
        var story = new Story().Do(Open()).Wait(Duration.FromDays(4)).Do(Offer()).Wait(Duration.FromHours(2)).Do(AcceptOffer())
            .Wait(Duration.FromHours(1)).Do(RefundSucceeded());

        var result = Replay(story, new PolicySettings { SellerResponse = "P3D" });

        var divergence = result.Divergence.Should().NotBeNull().And.Subject.As<Divergence>();
        divergence.Kind.Should().Be(DivergenceKind.ClockFiredInstead);
        divergence.EventType.Should().Be(nameof(SellerOfferMade));
        divergence.At.Should().Be(Start + Duration.FromDays(3));
        divergence.Instead.Should().StartWith(nameof(DeadlineExpired)).And.Contain(nameof(RefundRequested));
        result.Stored.Outcome.Should().Be(DisputeOutcome.Split);
        result.Stored.DecidedByClock.Should().BeFalse();
        result.Candidate.Status.Should().Be(DisputeStatus.RefundPending);
        result.Candidate.RefundGranted.Should().Be(Eur(10_000));
        result.Candidate.DecidedByClock.Should().BeTrue();
    }

    [Fact]
    public void Given_a_seller_who_stayed_silent_When_the_seller_clock_is_longer_than_the_history_Then_the_expiry_is_removed()
    {
        var story = new Story().Do(Open()).Expire(DeadlineKind.SellerResponse).Wait(Duration.FromHours(1)).Do(RefundSucceeded());

        var result = Replay(story, new PolicySettings { SellerResponse = "P8D", NegotiationLimit = "P20D" });

        var divergence = result.Divergence!;
        divergence.Kind.Should().Be(DivergenceKind.ExpiryRemoved);
        divergence.EventType.Should().Be(nameof(DeadlineExpired));
        divergence.Message.Should().Contain((Start + Duration.FromDays(8)).ToString());
        result.Stored.DecidedByClock.Should().BeTrue();
        result.Stored.Outcome.Should().Be(DisputeOutcome.BuyerFavoured);
        result.CandidateKnown.Should().BeFalse("the seller might have answered in the three extra days");
        result.Candidate.Status.Should().Be(DisputeStatus.AwaitingSellerResponse);
    }

    [Fact]
    public void Given_a_silent_seller_When_the_candidate_escalates_on_silence_Then_the_same_expiry_leads_to_mediation()
    {
        var story = new Story().Do(Open()).Expire(DeadlineKind.SellerResponse);

        var result = Replay(story, new PolicySettings { OnSellerSilence = "Escalate" });

        result.Divergence!.Kind.Should().Be(DivergenceKind.ConsequenceDiffers);
        result.Divergence.Instead.Should().Contain(nameof(DisputeEscalated));
        result.Candidate.Status.Should().Be(DisputeStatus.AwaitingMediator);
        result.Candidate.EscalatedAt.Should().NotBeNull();
        result.Stored.EscalatedAt.Should().BeNull();
    }

    [Fact]
    public void Given_a_dispute_still_waiting_on_the_seller_When_a_shorter_clock_would_have_run_out_by_now_Then_it_fires_after_the_history()
    {
        var story = new Story().Do(Open()).Wait(Duration.FromDays(1));

        var result = WhatIfReplay.Run(story.History, new PolicySettings { SellerResponse = "PT12H" }, Start + Duration.FromDays(2));

        result.Divergence!.Kind.Should().Be(DivergenceKind.ClockFiredInstead);
        result.Divergence.Version.Should().Be(story.History.Count + 1);
        result.Divergence.EventType.Should().Be("(end of history)");
        result.Divergence.At.Should().Be(Start + Duration.FromHours(12));
    }

    [Fact]
    public void Given_a_mediated_dispute_When_replayed_under_its_own_policy_Then_nothing_diverges_and_both_sides_agree()
    {
        var story = Story.In(DisputeStatus.UnderMediation).Wait(Duration.FromHours(3)).Do(Decide()).Expire(DeadlineKind.AppealWindow)
            .Wait(Duration.FromHours(1)).Do(RefundSucceeded());

        var result = Replay(story, new PolicySettings());

        result.Divergence.Should().BeNull();
        result.Unreplayable.Should().BeNull();
        result.Candidate.Should().Be(result.Stored);
        result.Stored.Should().Match<ResolutionFacts>(f => f.Status == DisputeStatus.Closed && f.EscalatedAt != null && !f.DecidedByClock);
    }

    [Fact]
    public void Given_a_history_with_an_event_the_decider_never_appends_When_replayed_Then_it_is_unreplayable_and_says_where()
    {
        var story = new Story().Do(Open());
        IDisputeEvent[] history = [.. story.History, new DisputeClosed(DisputeId, DisputeOutcome.Withdrawn, Eur(0), Engine, Hours(1))];

        var result = WhatIfReplay.Run(history, new PolicySettings { SellerResponse = "P3D" }, Later);

        result.Unreplayable.Should().Contain($"version {story.History.Count + 1}").And.Contain("replay-check");
        result.Divergence.Should().BeNull();
    }
}
