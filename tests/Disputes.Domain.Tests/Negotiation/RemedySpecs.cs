using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

public class RemedySpecs
{
    private readonly DeciderSpec spec = new();

    [Fact]
    public void Given_a_replacement_offer_When_the_buyer_accepts_Then_the_seller_has_seven_days_to_ship_and_nothing_is_refunded()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Do(Replacement());
        story.State!.PendingOffer!.RefundAmount.Should().Be(Eur(0));
        var state = spec.Given(story.History).When(AcceptOffer(), story.Now).ThenState();

        state.Status.Should().Be(DisputeStatus.AwaitingReplacementShipment);
        state.Replacement.Should().Be(new ReplacementProgress(OfferKind.Replacement, story.Now));
        state.Deadlines.Keys.Should().Equal(DeadlineKind.ReplacementShipment);
        state.Deadlines[DeadlineKind.ReplacementShipment].DueAt.Should().Be(story.Now + Duration.FromDays(7));
        spec.ThenAccepted().OfType<RefundRequested>().Should().BeEmpty();
    }

    [Fact]
    public void Given_a_shipped_replacement_When_the_buyer_confirms_it_Then_the_dispute_closes_as_resolved()
    {
        var story = Story.In(DisputeStatus.ReplacementInTransit);
        story.State!.Deadlines[DeadlineKind.ReplacementConfirmation].DueAt.Should().Be(story.Now + Duration.FromDays(14));
        var events = spec.Given(story.History).When(ReplacementReceived(), story.Now).ThenAccepted();
        events.Take(2).Should().Equal(
            new ReplacementReceived(DisputeId, Buyer, story.Now),
            new DisputeClosed(DisputeId, DisputeOutcome.Resolved, Eur(0), Buyer, story.Now));
    }

    [Fact]
    public void Given_a_shipped_replacement_When_the_buyer_reports_a_problem_Then_it_reopens_before_a_mediator()
    {
        var story = Story.In(DisputeStatus.ReplacementInTransit);
        spec.Given(story.History).When(ReplacementProblem(), story.Now).ThenState().Status.Should().Be(DisputeStatus.AwaitingMediator);
    }

    [Fact]
    public void Given_a_shipped_replacement_When_the_buyer_stays_silent_Then_it_closes_as_resolved()
    {
        var story = Story.In(DisputeStatus.ReplacementInTransit);
        var due = story.Due(DeadlineKind.ReplacementConfirmation);
        var state = spec.Given(story.History).When(Expire(DeadlineKind.ReplacementConfirmation, due), due).ThenState();
        state.Outcome.Should().Be(DisputeOutcome.Resolved);
    }

    [Fact]
    public void Given_an_agreed_replacement_When_the_seller_never_ships_Then_the_case_is_escalated()
    {
        var story = Story.In(DisputeStatus.AwaitingReplacementShipment);
        var due = story.Due(DeadlineKind.ReplacementShipment);
        spec.Given(story.History).When(Expire(DeadlineKind.ReplacementShipment, due), due).ThenState().Status.Should().Be(DisputeStatus.AwaitingMediator);
    }

    [Fact]
    public void Given_a_replacement_When_shipped_with_a_number_that_is_not_the_carriers_Then_the_tracking_number_is_refused()
    {
        var story = Story.In(DisputeStatus.AwaitingReplacementShipment);
        spec.Given(story.History).When(ShipReplacement() with { TrackingNumber = "12345" }, story.Now).ThenRefused(RefusalKind.InvalidInput)
            .FieldErrors!["trackingNumber"].Single().Should().Contain("not a UPS tracking number");
    }

    [Fact]
    public void Given_a_replacement_offer_with_an_amount_When_made_Then_it_is_refused_because_goods_refund_nothing()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        spec.Given(story.History).When(Replacement() with { RefundAmount = Eur(100) }, story.Now).ThenRefused(RefusalKind.InvalidInput)
            .FieldErrors!.Keys.Should().Equal("refundAmount");
    }

    [Fact]
    public void Given_the_single_offer_policy_When_the_seller_offers_a_replacement_Then_the_policy_does_not_offer_it()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse, DisputePolicy.SingleOffer);
        new DeciderSpec { Policy = DisputePolicy.SingleOffer }.Given(story.History).When(Replacement(), story.Now)
            .ThenRefused(RefusalKind.RuleViolated, "remedy-not-in-policy");
    }

    [Fact]
    public void Given_a_return_offer_with_terms_When_the_buyer_accepts_Then_the_return_carries_the_address_payer_and_label()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Do(Offer(OfferKind.ReturnAndRefund, 10_000) with { Terms = Terms() });
        var state = spec.Given(story.History).When(AcceptOffer(), story.Now).ThenState();
        state.Return!.Terms.Should().Be(new ReturnTerms("Seller Ltd, 1 Dock Road, Riga", Party.Seller, "label-77"));
    }

    [Fact]
    public void Given_terms_on_a_partial_refund_When_offered_Then_they_are_refused()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        spec.Given(story.History).When(Offer() with { Terms = Terms() }, story.Now).ThenRefused(RefusalKind.InvalidInput)
            .FieldErrors!.Keys.Should().Equal("returnTerms");
    }

    [Fact]
    public void Given_a_refund_and_keep_offer_of_everything_left_When_accepted_Then_the_full_amount_is_refunded_without_a_return()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Do(Offer(OfferKind.RefundAndKeep, 10_000));
        spec.Given(story.History).When(AcceptOffer(), story.Now).ThenAccepted().OfType<RefundRequested>().Single().Amount.Should().Be(Paid);
    }

    [Theory]
    [InlineData(ReceiptOutcome.Damaged)]
    [InlineData(ReceiptOutcome.EmptyOrDifferentItem)]
    [InlineData(ReceiptOutcome.MissingParts)]
    public void Given_a_delivered_return_When_the_seller_records_it_was_not_as_described_Then_a_mediator_decides(ReceiptOutcome outcome)
    {
        var story = Story.In(DisputeStatus.ReturnDelivered);
        var state = spec.Given(story.History).When(Receipt(outcome), story.Now).ThenState();
        state.Status.Should().Be(DisputeStatus.AwaitingMediator);
        state.Return!.Receipt.Should().Be(outcome);
        spec.ThenAccepted().OfType<RefundRequested>().Should().BeEmpty();
    }

    [Fact]
    public void Given_a_return_in_transit_When_the_seller_records_it_as_described_Then_the_refund_is_requested()
    {
        var story = Story.In(DisputeStatus.ReturnInTransit);
        spec.Given(story.History).When(Receipt(), story.Now).ThenAccepted().Take(2).Should().Equal(
            new ReturnReceiptRecorded(DisputeId, ReceiptOutcome.AsDescribed, "Opened on camera.", Seller, story.Now),
            new RefundRequested(DisputeId, 1, Paid, Seller, story.Now));
    }

    [Theory]
    [InlineData("UPS", "1Z999AA10123456784", true)]
    [InlineData("ups", "1z999aa10123456784", true)]
    [InlineData("UPS", "123456789012", false)]
    [InlineData("FedEx", "123456789012", true)]
    [InlineData("FedEx", "1234", false)]
    [InlineData("USPS", "9400100000000000000000", true)]
    [InlineData("DHL", "1234567890", true)]
    [InlineData("DHL", "JD014600003SE", true)]
    [InlineData("DHL", "TRK123", false)]
    [InlineData("Royal Mail", "AB123456789GB", true)]
    [InlineData("Boxberry", "anything-goes", true)]
    public void Tracking_numbers_of_known_carriers_follow_their_format(string carrier, string number, bool valid) =>
        (TrackingNumbers.Problem(carrier, number) is null).Should().Be(valid);
}
