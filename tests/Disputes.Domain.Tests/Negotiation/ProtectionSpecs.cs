using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

public class ProtectionSpecs
{
    private readonly DeciderSpec spec = new();

    [Fact]
    public void Given_a_dispute_in_talks_When_the_seller_extends_the_buyers_protection_Then_the_new_end_is_on_record()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        spec.Given(story.History).When(ExtendProtection(), story.Now).Then(
            new BuyerProtectionExtended(DisputeId, Duration.FromDays(15), ProtectionEnds + Duration.FromDays(15), "The parcel is still on its way.", Seller, story.Now));
        spec.ThenState().ProtectionEndsAt.Should().Be(ProtectionEnds + Duration.FromDays(15));
    }

    [Fact]
    public void Given_a_dispute_in_talks_When_the_buyer_extends_their_own_protection_Then_only_the_seller_or_the_platform_may()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        spec.Given(story.History).When(ExtendProtection(Buyer), story.Now).ThenRefused(RefusalKind.WrongActor);
    }

    [Fact]
    public void Given_an_extension_longer_than_the_policy_allows_When_asked_Then_the_length_is_refused()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);
        spec.Given(story.History).When(ExtendProtection(days: 31), story.Now).ThenRefused(RefusalKind.InvalidInput).FieldErrors!.Keys.Should().Equal("until");
    }

    [Fact]
    public void Given_an_extended_protection_When_the_same_extension_is_sent_again_Then_it_is_a_repeat()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Do(ExtendProtection());
        spec.Given(story.History).When(ExtendProtection(), story.Now).ThenNothing();
    }

    [Fact]
    public void Given_the_single_offer_policy_When_the_seller_extends_protection_Then_the_policy_does_not_offer_it()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse, DisputePolicy.SingleOffer);
        new DeciderSpec { Policy = DisputePolicy.SingleOffer }.Given(story.History).When(ExtendProtection(), story.Now)
            .ThenRefused(RefusalKind.NotAllowedInState);
    }

    [Fact]
    public void Given_a_withdrawn_dispute_whose_protection_was_extended_When_reopened_after_the_original_end_Then_the_extension_holds()
    {
        var extendedTo = ProtectionEnds + Duration.FromDays(15);
        var reopen = Open() with
        {
            ReopenReason = "The parcel never came after all.",
            Earlier = [new EarlierDispute(Guid.NewGuid(), DisputeOutcome.Withdrawn, Start, extendedTo)],
        };
        var at = ProtectionEnds + Duration.FromDays(3);

        spec.When(reopen with { Earlier = null }, at).ThenRefused(RefusalKind.RuleViolated, "opening-window-closed");
        spec.When(reopen, at).ThenAccepted().OfType<DisputeOpened>().Single().ProtectionEndsAt.Should().Be(extendedTo);
    }
}
