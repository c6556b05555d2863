using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

// What silence costs: each clock of the policy table and its consequence (docs/architecture.md §3).
public class DeadlineExpirySpecs
{
    [Fact]
    public void Given_a_silent_seller_When_the_response_deadline_passes_Then_the_buyer_is_refunded_in_full()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Expire(DeadlineKind.SellerResponse);
        story.State!.Status.Should().Be(DisputeStatus.RefundPending);
        story.State.Refund!.Amount.Should().Be(Paid);
        story.State.Deadlines.Should().BeEmpty();
    }

    [Fact]
    public void Given_a_policy_that_escalates_silence_When_the_seller_is_silent_Then_the_case_goes_to_mediation()
    {
        var policy = DisputePolicy.Default with { Version = "escalating", OnSellerSilence = SellerSilenceConsequence.Escalate };
        var story = Story.In(DisputeStatus.AwaitingSellerResponse, policy).Expire(DeadlineKind.SellerResponse);
        story.State!.Status.Should().Be(DisputeStatus.AwaitingMediator);
        story.History.OfType<DisputeEscalated>().Single().By.Should().Be(Engine);
    }

    [Fact]
    public void Given_an_offer_When_the_buyer_never_replies_Then_the_dispute_closes_without_refund()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply).Expire(DeadlineKind.BuyerReplyToOffer);
        story.State!.Status.Should().Be(DisputeStatus.Closed);
        story.State.Outcome.Should().Be(DisputeOutcome.Expired);
        story.State.Refunded.Should().Be(Eur(0));
    }

    [Fact]
    public void Given_a_rejected_claim_When_nobody_escalates_within_fifteen_days_Then_it_is_escalated_automatically()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerEscalation);
        story.Due(DeadlineKind.NegotiationLimit).Should().Be(Start + Duration.FromDays(15));
        story.Expire(DeadlineKind.NegotiationLimit);
        story.State!.Status.Should().Be(DisputeStatus.AwaitingMediator);
        story.State.Deadlines.Keys.Should().Equal(DeadlineKind.MediatorDecisionSla);
    }

    [Fact]
    public void Given_an_authorised_return_When_the_buyer_never_ships_Then_it_closes_for_the_seller()
    {
        var story = Story.In(DisputeStatus.AwaitingReturnShipment).Expire(DeadlineKind.ReturnShipment);
        story.State!.Status.Should().Be(DisputeStatus.Closed);
        story.State.Outcome.Should().Be(DisputeOutcome.Expired);
    }

    [Fact]
    public void Given_a_delivered_return_When_the_seller_stays_silent_Then_the_buyer_is_refunded()
    {
        var story = Story.In(DisputeStatus.ReturnDelivered);
        story.Due(DeadlineKind.ReturnConfirmation).Should().Be(story.State!.Return!.DeliveredAt!.Value + Duration.FromDays(5));
        story.Expire(DeadlineKind.ReturnConfirmation);
        story.State!.Status.Should().Be(DisputeStatus.RefundPending);
        story.State.Refund!.Amount.Should().Be(Paid);
    }

    [Fact]
    public void Given_a_fired_deadline_When_the_same_expiry_arrives_again_Then_nothing_happens()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        var due = story.Due(DeadlineKind.SellerResponse);
        story.Expire(DeadlineKind.SellerResponse);
        new DeciderSpec().Given(story.History).When(Expire(DeadlineKind.SellerResponse, due), due + Duration.FromMinutes(1)).ThenNothing();
    }

    [Fact]
    public void Given_a_cancelled_or_replaced_deadline_When_its_stale_expiry_arrives_Then_nothing_happens()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply);
        var spec = new DeciderSpec().Given(story.History);
        spec.When(Expire(DeadlineKind.SellerResponse, Start + Duration.FromDays(5)), Start + Duration.FromDays(6)).ThenNothing();
        spec.When(Expire(DeadlineKind.BuyerReplyToOffer, story.Due(DeadlineKind.BuyerReplyToOffer) - Duration.FromHours(1)), Start + Duration.FromDays(20)).ThenNothing();
    }

    [Fact]
    public void Given_a_running_deadline_When_its_expiry_arrives_early_Then_refused()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        new DeciderSpec().Given(story.History)
            .When(Expire(DeadlineKind.SellerResponse, story.Due(DeadlineKind.SellerResponse)), story.Now)
            .ThenRefused(RefusalKind.RuleViolated, "deadline-not-due");
    }

    [Fact]
    public void Given_a_running_deadline_When_a_party_sends_the_expiry_Then_wrong_actor()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        var due = story.Due(DeadlineKind.SellerResponse);
        new DeciderSpec().Given(story.History)
            .When(Expire(DeadlineKind.SellerResponse, due) with { By = Buyer }, due)
            .ThenRefused(RefusalKind.WrongActor);
    }

    // The platform reports money and deliveries; only the engine makes a clock run out.
    [Fact]
    public void Given_a_running_deadline_When_the_platform_sends_the_expiry_Then_wrong_actor()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        var due = story.Due(DeadlineKind.SellerResponse);
        new DeciderSpec().Given(story.History)
            .When(Expire(DeadlineKind.SellerResponse, due) with { By = Platform }, due)
            .ThenRefused(RefusalKind.WrongActor);
    }

    [Fact]
    public void Given_every_clock_When_it_is_scheduled_Then_it_names_its_rule_and_policy_version()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply);
        story.History.OfType<DeadlineScheduled>().Should().OnlyContain(d => d.PolicyVersion == DisputePolicy.Default.Version && d.Rule.Length > 0);
        foreach (var kind in Enum.GetValues<DeadlineKind>())
            DeadlineRules.Of(kind).Consequence(DisputePolicy.Default).Should().NotBeNullOrWhiteSpace();
    }
}
