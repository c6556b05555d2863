namespace Disputes.Domain.Tests;

public class DeadlineRecipientsTests
{
    private static readonly Dispute Dispute = new() { BuyerId = "buyer-7", SellerId = "seller-3", MediatorId = "mediator-1" };

    [Fact]
    public void Given_each_clock_Then_the_reminder_goes_to_whoever_must_act_on_it()
    {
        DeadlineRecipients.Of(Dispute, DeadlineKind.SellerResponse).Should().Equal(Actor.Seller("seller-3"));
        DeadlineRecipients.Of(Dispute, DeadlineKind.BuyerReplyToOffer).Should().Equal(Actor.Buyer("buyer-7"));
        DeadlineRecipients.Of(Dispute, DeadlineKind.SellerReplyToOffer).Should().Equal(Actor.Seller("seller-3"));
        DeadlineRecipients.Of(Dispute, DeadlineKind.ReturnShipment).Should().Equal(Actor.Buyer("buyer-7"));
        DeadlineRecipients.Of(Dispute, DeadlineKind.ReturnConfirmation).Should().Equal(Actor.Seller("seller-3"));
        DeadlineRecipients.Of(Dispute, DeadlineKind.MediatorDecisionSla).Should().Equal(Actor.Mediator("mediator-1"));
        DeadlineRecipients.Of(Dispute, DeadlineKind.NegotiationLimit).Should().Equal(Actor.Buyer("buyer-7"), Actor.Seller("seller-3"));
        DeadlineRecipients.Of(Dispute, DeadlineKind.AppealWindow).Should().Equal(Actor.Buyer("buyer-7"), Actor.Seller("seller-3"));
        DeadlineRecipients.Of(Dispute, DeadlineKind.EvidenceRetention).Should().BeEmpty();
    }

    [Fact]
    public void Given_an_evidence_request_Then_the_party_asked_is_reminded_and_an_unassigned_case_reminds_nobody()
    {
        var asked = Dispute with { EvidenceRequest = new OpenEvidenceRequest(Party.Buyer, "Photos of the parcel.", NodaTime.Instant.FromUtc(2027, 1, 1, 0, 0)) };

        DeadlineRecipients.Of(asked, DeadlineKind.EvidenceResponse).Should().Equal(Actor.Buyer("buyer-7"));
        DeadlineRecipients.Of(Dispute with { MediatorId = null }, DeadlineKind.MediatorDecisionSla).Should().BeEmpty();
    }
}
