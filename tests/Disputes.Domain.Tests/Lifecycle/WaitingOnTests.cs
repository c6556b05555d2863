namespace Disputes.Domain.Tests;

// Whom each status waits on, for what, and for how long from the moment it was entered (Story.In's path).
public class WaitingOnTests
{
    private static string Describe(DisputeStatus status)
    {
        var story = Story.In(status);
        return string.Join("; ", WaitingOn.For(story.State!, story.Now).Select(w =>
            $"{w.Who}:{w.Id ?? "any"}:{string.Join(",", w.Answers)}:{(w.Until is { } until ? (until - story.Now).ToString() : "no clock")}"));
    }

    [Theory]
    [InlineData(DisputeStatus.AwaitingSellerResponse, "Seller:seller-1:AcceptClaim,MakeOffer,RejectClaim:5:00:00:00")]
    [InlineData(DisputeStatus.AwaitingBuyerReply, "Buyer:buyer-1:AcceptOffer,RejectOffer,CounterOffer:10:00:00:00")]
    [InlineData(DisputeStatus.AwaitingReturnShipment, "Buyer:buyer-1:ShipReturn:10:00:00:00")]
    [InlineData(DisputeStatus.ReturnInTransit, "Seller:seller-1:ConfirmReturnReceived,ReportReturnProblem,RecordReturnReceipt:no clock")]
    [InlineData(DisputeStatus.ReturnDelivered, "Seller:seller-1:ConfirmReturnReceived,ReportReturnProblem,RecordReturnReceipt:5:00:00:00")]
    [InlineData(DisputeStatus.AwaitingSellerReply, "Seller:seller-1:MakeOffer,AcceptOffer,RejectOffer:5:00:00:00")]
    [InlineData(DisputeStatus.AwaitingReplacementShipment, "Seller:seller-1:ShipReplacement:7:00:00:00")]
    [InlineData(DisputeStatus.ReplacementInTransit, "Buyer:buyer-1:ConfirmReplacementReceived,ReportReplacementProblem:14:00:00:00")]
    [InlineData(DisputeStatus.AwaitingMediator, "Mediator:any:ClaimCase:7:00:00:00")]
    [InlineData(DisputeStatus.UnderMediation, "Mediator:mediator-1:RecordDecision:6:23:00:00")]
    [InlineData(DisputeStatus.AwaitingEvidence, "Seller:seller-1:AddEvidence:3:00:00:00")]
    [InlineData(DisputeStatus.RefundPending, "Platform:any:ReportRefundSucceeded,ReportRefundFailed:no clock")]
    [InlineData(DisputeStatus.RefundFailed, "Platform:any:RetryRefund:no clock")]
    public void Given_a_question_to_someone_When_asking_whom_the_dispute_waits_on_Then_them_with_the_answers_and_the_deadline(DisputeStatus status, string expected) =>
        Describe(status).Should().Be(expected);

    // Escalating after a rejection, appealing a decision: options, not questions; the clocks decide if nobody acts.
    [Theory]
    [InlineData(DisputeStatus.AwaitingBuyerEscalation)]
    [InlineData(DisputeStatus.Negotiating)]
    [InlineData(DisputeStatus.Decided)]
    [InlineData(DisputeStatus.Closed)]
    public void Given_only_options_or_a_closed_case_When_asking_whom_it_waits_on_Then_nobody(DisputeStatus status) =>
        Describe(status).Should().BeEmpty();

    [Fact]
    public void Given_a_mediator_asking_for_evidence_When_waiting_Then_the_mediator_no_longer_is_waited_on_until_the_answer()
    {
        var story = Story.In(DisputeStatus.AwaitingEvidence);
        WaitingOn.For(story.State!, story.Now).Select(w => w.Who).Should().Equal(ActorKind.Seller);
        story.Expire(DeadlineKind.EvidenceResponse);
        WaitingOn.For(story.State!, story.Now).Should().ContainSingle().Which.Should().Match<Awaited>(w => w.Who == ActorKind.Mediator && w.Id == "mediator-1");
    }

    [Fact]
    public void Given_the_sellers_deadline_has_passed_When_asking_as_of_then_Then_the_seller_is_no_longer_waited_on()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        WaitingOn.For(story.State!, story.Due(DeadlineKind.SellerResponse) + NodaTime.Duration.FromSeconds(1)).Should().BeEmpty();
    }
}
