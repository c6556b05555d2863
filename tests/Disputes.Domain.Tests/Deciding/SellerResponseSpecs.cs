using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

public class SellerResponseSpecs
{
    private static readonly Actor Engine = Actor.System;
    private readonly DeciderSpec spec = new();
    private readonly Story opened = Story.In(DisputeStatus.AwaitingSellerResponse);

    [Fact]
    public void Given_an_open_claim_When_the_seller_accepts_Then_the_requested_refund_is_requested_and_clocks_stop()
    {
        var at = Hours(2);
        spec.Given(opened.History).When(AcceptClaim(), at).Then(
            new SellerAcceptedClaim(DisputeId, Seller, at),
            new RefundRequested(DisputeId, 1, Paid, Seller, at),
            new DeadlineCancelled(DisputeId, DeadlineKind.SellerResponse, Start + Duration.FromDays(5), Engine, at),
            new DeadlineCancelled(DisputeId, DeadlineKind.NegotiationLimit, Start + Duration.FromDays(15), Engine, at));
    }

    [Fact]
    public void Given_a_return_claim_When_the_seller_accepts_Then_the_return_is_authorised_with_its_shipping_clock()
    {
        var state = spec.Given(new Story().Do(Open(Remedy.ReturnAndRefund)).History).When(AcceptClaim(), Hours(1)).ThenState();
        state.Status.Should().Be(DisputeStatus.AwaitingReturnShipment);
        state.Return!.RefundAmount.Should().Be(Paid);
        state.Deadlines.Keys.Should().Equal(DeadlineKind.ReturnShipment);
        state.Deadlines[DeadlineKind.ReturnShipment].DueAt.Should().Be(Hours(1) + Duration.FromDays(10));
    }

    [Fact]
    public void Given_an_open_claim_When_the_seller_offers_a_partial_refund_Then_the_buyer_has_ten_days_to_reply()
    {
        var state = spec.Given(opened.History).When(Offer(), Hours(3)).ThenState();
        state.Status.Should().Be(DisputeStatus.AwaitingBuyerReply);
        state.PendingOffer.Should().Be(new PendingOffer(OfferKind.PartialRefund, Eur(3_000), Hours(3)));
        state.Deadlines[DeadlineKind.BuyerReplyToOffer].DueAt.Should().Be(Hours(3) + Duration.FromDays(10));
        state.Deadlines[DeadlineKind.NegotiationLimit].DueAt.Should().Be(Start + Duration.FromDays(15), "the negotiation clock counts from opening");
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(12_000)]
    public void Given_an_open_claim_When_a_partial_offer_is_not_below_the_amount_paid_Then_refused(long cents)
    {
        spec.Given(opened.History).When(Offer(OfferKind.PartialRefund, cents), Hours(1)).ThenRefused(RefusalKind.RuleViolated, "partial-refund-not-below-refundable");
    }

    [Fact]
    public void Given_an_open_claim_When_a_return_offer_exceeds_the_amount_paid_Then_refused()
    {
        spec.Given(opened.History).When(Offer(OfferKind.ReturnAndRefund, 10_001), Hours(1)).ThenRefused(RefusalKind.RuleViolated, "refund-exceeds-amount-paid");
    }

    [Fact]
    public void Given_an_open_claim_When_an_offer_is_in_another_currency_Then_invalid()
    {
        spec.Given(opened.History).When(Offer() with { RefundAmount = new Money(100, "USD") }, Hours(1)).ThenRefused(RefusalKind.InvalidInput);
    }

    [Fact]
    public void Given_the_seller_response_deadline_passed_When_the_seller_answers_before_the_expiry_is_processed_Then_too_late()
    {
        var refusal = spec.Given(opened.History).When(Offer(), Start + Duration.FromDays(5)).ThenRefused(RefusalKind.DeadlinePassed);
        refusal.AllowedActions.Should().NotContain(DisputeAction.MakeOffer);
    }

    [Fact]
    public void Given_an_open_claim_When_the_seller_rejects_without_evidence_Then_invalid()
    {
        spec.Given(opened.History).When(Reject() with { Evidence = [] }, Hours(1)).ThenRefused(RefusalKind.InvalidInput)
            .FieldErrors.Should().ContainKey("evidence");
    }

    [Fact]
    public void Given_an_open_claim_When_the_seller_rejects_with_evidence_Then_the_evidence_is_recorded_and_the_buyer_may_escalate()
    {
        var events = spec.Given(opened.History).When(Reject(), Hours(1)).ThenAccepted();
        events.OfType<EvidenceAdded>().Should().ContainSingle().Which.Evidence.Should().Be(Evidence(1));
        var state = spec.ThenState();
        state.Status.Should().Be(DisputeStatus.AwaitingBuyerEscalation);
        AllowedActions.For(state, Hours(1), DisputePolicy.Default).Buyer.Select(o => o.Action).Should().Contain(DisputeAction.Escalate);
    }

    [Fact]
    public void Given_evidence_at_the_limit_When_one_more_is_added_Then_the_limit_is_reached()
    {
        var policy = DisputePolicy.Default with { Version = "small", MaxEvidenceItems = 2 };
        var story = new Story(policy).Do(Open()).Do(AddEvidence(Buyer, 1)).Do(AddEvidence(Seller, 2));
        var limited = new DeciderSpec { Policy = policy }.Given(story.History);
        limited.When(AddEvidence(Buyer, 3), Hours(1)).ThenRefused(RefusalKind.LimitReached);
        limited.When(Reject(), Hours(1)).ThenRefused(RefusalKind.LimitReached);
    }

    [Fact]
    public void Given_an_open_claim_When_evidence_is_too_large_or_badly_hashed_Then_invalid()
    {
        var refusal = spec.Given(opened.History)
            .When(new AddEvidence(DisputeId, Evidence(2, 10 * 1024 * 1024 + 1) with { Sha256 = "xyz" }, Buyer), Hours(1))
            .ThenRefused(RefusalKind.InvalidInput);
        refusal.FieldErrors!.Keys.Should().BeEquivalentTo("evidence.sizeBytes", "evidence.sha256");
    }

    [Fact]
    public void Given_an_open_claim_When_a_message_is_longer_than_2000_characters_Then_invalid()
    {
        spec.Given(opened.History).When(Message() with { Text = new string('m', 2001) }, Hours(1)).ThenRefused(RefusalKind.InvalidInput);
        spec.When(Message() with { Text = new string('m', 2000) }, Hours(1)).ThenAccepted().Should().ContainSingle();
    }
}
