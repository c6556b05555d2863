using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

// A retry of something already done is a success with no events — for whoever could have done it, only.
public class RepeatSpecs
{
    [Fact]
    public void Given_a_posted_message_When_the_same_message_id_arrives_again_Then_nothing_happens()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Do(Message());
        new DeciderSpec().Given(story.History).When(Message(), story.Now + Duration.FromMinutes(1)).ThenNothing();
        story.State!.MessageCount.Should().Be(1);
    }

    [Fact]
    public void Given_added_evidence_When_the_same_evidence_id_is_uploaded_again_Then_it_is_not_counted_twice()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse).Do(AddEvidence(Buyer, 3));
        new DeciderSpec().Given(story.History).When(AddEvidence(Buyer, 3), story.Now).ThenNothing();
    }

    [Fact]
    public void Given_a_claimed_case_When_someone_else_repeats_the_claim_Then_they_are_still_refused()
    {
        var story = Story.In(DisputeStatus.UnderMediation);
        var spec = new DeciderSpec().Given(story.History);
        spec.When(Claim(Mediator), story.Now).ThenNothing();
        spec.When(Claim(Actor.Buyer(Mediator.Id)), story.Now).ThenRefused(RefusalKind.NotAllowedInState);
        spec.When(Assign(Mediator.Id, OtherBuyer), story.Now).ThenRefused(RefusalKind.NotAllowedInState);
    }

    [Fact]
    public void Given_a_withdrawn_dispute_When_the_seller_withdraws_it_too_Then_refused()
    {
        var story = Story.In(DisputeStatus.Closed);
        var spec = new DeciderSpec().Given(story.History);
        spec.When(Withdraw(), story.Now).ThenNothing();
        spec.When(Withdraw() with { By = Seller }, story.Now).ThenRefused(RefusalKind.NotAllowedInState);
    }
}
