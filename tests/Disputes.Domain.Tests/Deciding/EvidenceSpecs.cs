using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

public class EvidenceSpecs
{
    private readonly DeciderSpec spec = new();

    private static Story AskingSellerFor(params RequiredEvidence[] required) =>
        Story.In(DisputeStatus.UnderMediation).Do(RequestEvidence() with { Required = required });

    private static AddEvidence SellerGives(EvidenceKind kind, int n) => new(DisputeId, Evidence(n) with { Kind = kind }, Seller);

    [Fact]
    public void Given_a_request_for_tracking_and_an_invoice_When_the_seller_gives_only_the_optional_invoice_Then_the_request_stays_open_with_the_invoice_satisfied()
    {
        var story = AskingSellerFor(new(EvidenceKind.ShippingProof, Mandatory: true), new(EvidenceKind.Invoice, Mandatory: false));

        var state = spec.Given(story.History).When(SellerGives(EvidenceKind.Invoice, 9), story.Now).ThenState();

        state.Status.Should().Be(DisputeStatus.AwaitingEvidence);
        state.EvidenceRequest!.Required.Should().Equal(
            new RequestedEvidence(EvidenceKind.ShippingProof, Mandatory: true, Satisfied: false),
            new RequestedEvidence(EvidenceKind.Invoice, Mandatory: false, Satisfied: true));
    }

    [Fact]
    public void Given_a_request_for_tracking_When_the_seller_gives_tracking_proof_Then_the_request_is_answered()
    {
        var story = AskingSellerFor(new RequiredEvidence(EvidenceKind.ShippingProof, Mandatory: true));

        var events = spec.Given(story.History).When(SellerGives(EvidenceKind.ShippingProof, 9), story.Now).ThenAccepted();

        events.Should().ContainSingle(e => e is EvidenceRequestAnswered);
        spec.ThenState().Status.Should().Be(DisputeStatus.UnderMediation);
    }

    [Fact]
    public void Given_a_request_naming_a_kind_twice_When_the_mediator_sends_it_Then_it_is_refused_as_invalid()
    {
        var story = Story.In(DisputeStatus.UnderMediation);

        spec.Given(story.History)
            .When(RequestEvidence() with { Required = [new(EvidenceKind.Photo, true), new(EvidenceKind.Photo, false)] }, story.Now)
            .ThenRefused(RefusalKind.InvalidInput);
    }

    [Fact]
    public void Given_evidence_on_the_dispute_When_the_mediator_decides_citing_it_Then_the_decision_records_each_item_with_its_hash()
    {
        var story = Story.In(DisputeStatus.UnderMediation).Do(AddEvidence(Buyer, 3));
        var item = story.State!.Evidence[^1];

        var recorded = spec.Given(story.History).When(Decide() with { Considered = [item.EvidenceId] }, story.Now)
            .ThenAccepted().OfType<MediatorDecisionRecorded>().Single();

        recorded.Considered.Should().Equal(new CitedEvidence(item.EvidenceId, item.Sha256.ToLowerInvariant(), Held: false));
    }

    [Fact]
    public void Given_a_decision_When_it_cites_an_item_of_another_dispute_Then_it_is_refused_naming_the_field()
    {
        var story = Story.In(DisputeStatus.UnderMediation);

        var refusal = spec.Given(story.History).When(Decide() with { Considered = [Guid.Parse("00000000-0000-7000-8000-0000000000ff")] }, story.Now)
            .ThenRefused(RefusalKind.InvalidInput);

        refusal.FieldErrors.Should().ContainKey("considered[0]");
    }

    [Fact]
    public void Given_a_mediators_only_item_When_a_party_attaches_it_to_a_message_Then_refused_while_an_item_for_the_parties_is_carried_with_its_hash()
    {
        var secret = Evidence(4) with { Visibility = EvidenceVisibility.Mediators };
        var story = Story.In(DisputeStatus.UnderMediation).Do(new AddEvidence(DisputeId, secret, Seller)).Do(AddEvidence(Buyer, 5));
        var shared = story.State!.Evidence[^1];

        spec.Given(story.History).When(new PostMessage(DisputeId, Guid.Parse("0193a1b2-0000-7000-8000-00000000aa01"), "See attached.", Seller) { Attachments = [secret.EvidenceId] }, story.Now)
            .ThenRefused(RefusalKind.InvalidInput).FieldErrors.Should().ContainKey("attachments[0]");
        new DeciderSpec().Given(story.History)
            .When(new PostMessage(DisputeId, Guid.Parse("0193a1b2-0000-7000-8000-00000000aa02"), "See attached.", Buyer) { Attachments = [shared.EvidenceId] }, story.Now)
            .ThenAccepted().OfType<MessagePosted>().Single().Attachments.Should().Equal(new CitedEvidence(shared.EvidenceId, shared.Sha256, Held: false));
    }

    [Fact]
    public void Given_a_held_file_When_it_also_carries_a_uri_Then_it_is_refused_while_a_link_still_needs_an_https_uri()
    {
        var story = Story.In(DisputeStatus.AwaitingSellerResponse);

        spec.Given(story.History).When(new AddEvidence(DisputeId, Evidence(5) with { Held = true }, Buyer), story.Now).ThenRefused(RefusalKind.InvalidInput);
        new DeciderSpec().Given(story.History).When(new AddEvidence(DisputeId, Evidence(5) with { Uri = "http://store.example/e/5" }, Buyer), story.Now)
            .ThenRefused(RefusalKind.InvalidInput);
        new DeciderSpec().Given(story.History).When(new AddEvidence(DisputeId, Evidence(5) with { Held = true, Uri = null }, Buyer), story.Now)
            .ThenAccepted().Should().ContainSingle(e => e is EvidenceAdded);
    }
}
