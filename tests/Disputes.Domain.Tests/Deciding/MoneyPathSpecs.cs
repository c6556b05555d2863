using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

// The return path and the refund: requested, reported back by the payment backend, retried on failure.
public class MoneyPathSpecs
{
    [Fact]
    public void Given_a_return_When_shipped_delivered_and_confirmed_Then_the_refund_is_requested()
    {
        var story = Story.In(DisputeStatus.AwaitingReturnShipment).Do(Ship());
        story.State!.Return!.TrackingNumber.Should().Be("JD014600003SE");
        story.Do(Delivered()).Do(ConfirmReceived());
        story.State!.Status.Should().Be(DisputeStatus.RefundPending);
        story.State.Refund!.Should().Be(new RefundProgress(1, Paid, story.Now, null));
    }

    [Fact]
    public void Given_a_return_in_transit_When_the_seller_reports_a_problem_Then_a_mediator_decides()
    {
        var story = Story.In(DisputeStatus.ReturnInTransit).Do(ReturnProblem());
        story.State!.Status.Should().Be(DisputeStatus.AwaitingMediator);
        story.History.OfType<ReturnProblemReported>().Should().ContainSingle();
    }

    [Fact]
    public void Given_a_requested_refund_When_the_payment_backend_reports_success_Then_the_dispute_closes_for_the_buyer()
    {
        var story = Story.In(DisputeStatus.RefundPending).Do(RefundSucceeded());
        story.State!.Status.Should().Be(DisputeStatus.Closed);
        story.State.Outcome.Should().Be(DisputeOutcome.BuyerFavoured);
        story.State.Refunded.Should().Be(Paid);
    }

    [Fact]
    public void Given_an_accepted_partial_offer_When_refunded_Then_the_outcome_is_a_split()
    {
        var story = Story.In(DisputeStatus.AwaitingBuyerReply).Do(AcceptOffer()).Do(RefundSucceeded());
        story.State!.Outcome.Should().Be(DisputeOutcome.Split);
        story.State.Refunded.Should().Be(Eur(3_000));
        story.History.OfType<DisputeClosed>().Single().Refunded.Should().Be(Eur(3_000));
    }

    [Fact]
    public void Given_a_failed_refund_When_retried_and_then_succeeded_Then_the_second_attempt_closes_it()
    {
        var story = Story.In(DisputeStatus.RefundFailed);
        story.State!.Refund!.FailureReason.Should().Be("Card expired.");
        story.Do(Retry());
        story.State!.Refund.Should().Be(new RefundProgress(2, Paid, story.Now, null));

        new DeciderSpec().Given(story.History).When(RefundSucceeded(1), story.Now).ThenRefused(RefusalKind.RuleViolated, "unknown-refund-attempt");
        story.Do(RefundSucceeded(2));
        story.State!.Refunded.Should().Be(Paid);
    }

    [Fact]
    public void Given_a_refunded_dispute_When_the_success_report_is_repeated_Then_nothing_happens()
    {
        var story = Story.In(DisputeStatus.RefundPending).Do(RefundSucceeded());
        new DeciderSpec().Given(story.History).When(RefundSucceeded(), story.Now + Duration.FromMinutes(1)).ThenNothing();
    }

    [Fact]
    public void Given_any_open_dispute_before_a_decision_When_the_buyer_withdraws_Then_it_closes_as_withdrawn_and_every_clock_stops()
    {
        var story = Story.In(DisputeStatus.AwaitingEvidence);
        var events = new DeciderSpec().Given(story.History).When(Withdraw(), story.Now).ThenAccepted();
        events.OfType<DeadlineCancelled>().Select(d => d.Kind).Should().BeEquivalentTo([DeadlineKind.EvidenceResponse, DeadlineKind.MediatorDecisionSla]);
        var closed = events.OfType<DisputeClosed>().Single();
        closed.Outcome.Should().Be(DisputeOutcome.Withdrawn);
    }
}
