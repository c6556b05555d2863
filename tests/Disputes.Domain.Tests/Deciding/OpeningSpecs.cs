using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

public class OpeningSpecs
{
    private readonly DeciderSpec spec = new();
    private static readonly Actor Engine = Actor.System;

    [Fact]
    public void Given_nothing_When_the_buyer_opens_Then_the_dispute_opens_under_todays_policy_with_its_clocks()
    {
        spec.When(Open(), Start).Then(
            new DisputeOpened(DisputeId, "order-1", Buyer.Id, Seller.Id, DisputeReason.NotAsDescribed, "Wrong size.", Paid,
                Remedy.FullRefund, Paid, ProtectionEnds, DisputePolicy.Default, Buyer, Start),
            new DeadlineScheduled(DisputeId, DeadlineKind.SellerResponse, Start + Duration.FromDays(5), "seller-first-response", DisputePolicy.Default.Version, Engine, Start),
            new DeadlineScheduled(DisputeId, DeadlineKind.NegotiationLimit, Start + Duration.FromDays(15), "negotiation-without-resolution", DisputePolicy.Default.Version, Engine, Start));
    }

    [Fact]
    public void Given_nothing_When_the_buyer_opens_after_protection_ended_Then_the_opening_window_refuses()
    {
        spec.When(Open(), ProtectionEnds + Duration.FromSeconds(1)).ThenRefused(RefusalKind.RuleViolated, "opening-window-closed");
    }

    [Fact]
    public void Given_nothing_When_the_buyer_asks_for_more_than_was_paid_Then_refused()
    {
        spec.When(Open(Remedy.ReturnAndRefund, Eur(10_001)), Start).ThenRefused(RefusalKind.RuleViolated, "refund-exceeds-amount-paid");
        spec.When(Open(Remedy.PartialRefund, Eur(20_000)), Start).ThenRefused(RefusalKind.RuleViolated, "refund-exceeds-amount-paid");
    }

    [Fact]
    public void Given_nothing_When_a_partial_refund_equals_the_amount_paid_Then_refused_as_a_full_refund_in_disguise()
    {
        spec.When(Open(Remedy.PartialRefund, Paid), Start).ThenRefused(RefusalKind.RuleViolated, "partial-refund-is-full");
    }

    [Fact]
    public void Given_nothing_When_the_currency_is_unknown_Then_the_field_is_named()
    {
        var refusal = spec.When(Open() with { AmountPaid = new Money(100, "EUX") }, Start).ThenRefused(RefusalKind.InvalidInput);
        refusal.FieldErrors.Should().ContainKey("amountPaid.currency");
    }

    [Fact]
    public void Given_nothing_When_fields_are_missing_Then_every_missing_field_is_named_at_once()
    {
        var refusal = spec.When(Open() with { OrderId = "", SellerId = " ", Description = "" }, Start).ThenRefused(RefusalKind.InvalidInput);
        refusal.FieldErrors!.Keys.Should().BeEquivalentTo("orderId", "sellerId", "description");
    }

    [Fact]
    public void Given_nothing_When_a_partial_refund_has_no_amount_or_another_currency_Then_invalid()
    {
        spec.When(Open(Remedy.PartialRefund) with { RequestedRefund = null }, Start).ThenRefused(RefusalKind.InvalidInput)
            .FieldErrors.Should().ContainKey("requestedRefund");
        spec.When(Open(Remedy.PartialRefund, new Money(100, "USD")), Start).ThenRefused(RefusalKind.InvalidInput)
            .FieldErrors.Should().ContainKey("requestedRefund.currency");
    }

    [Fact]
    public void Given_nothing_When_a_description_is_longer_than_the_policy_allows_Then_invalid()
    {
        spec.When(Open() with { Description = new string('x', 2001) }, Start).ThenRefused(RefusalKind.InvalidInput)
            .FieldErrors.Should().ContainKey("description");
    }

    [Fact]
    public void Given_nothing_When_text_or_the_actor_carries_control_characters_Then_invalid_because_they_cannot_be_stored()
    {
        spec.When(Open() with { Description = "nul\0byte" }, Start).ThenRefused(RefusalKind.InvalidInput).FieldErrors.Should().ContainKey("description");
        spec.When(Open() with { Description = "line one\nline two\tend" }, Start).ThenAccepted().Should().NotBeEmpty();
        spec.When(Open() with { By = Actor.Buyer("buyer\u0007") }, Start).ThenRefused(RefusalKind.InvalidInput).FieldErrors.Should().ContainKey("actingAs.id");
    }

    [Fact]
    public void Given_nothing_When_someone_else_opens_for_the_buyer_Then_wrong_actor()
    {
        spec.When(Open() with { By = Seller }, Start).ThenRefused(RefusalKind.WrongActor);
        spec.When(Open() with { By = OtherBuyer }, Start).ThenRefused(RefusalKind.WrongActor);
    }

    [Fact]
    public void Given_a_currency_without_minor_units_When_opened_Then_amounts_stay_in_whole_units()
    {
        var yen = new Money(1_500, "JPY");
        var state = spec.When(Open(Remedy.PartialRefund, new Money(500, "JPY")) with { AmountPaid = yen }, Start).ThenState();
        state.RequestedRefund.Should().Be(new Money(500, "JPY"));
        state.Refundable.Should().Be(yen);
    }

    [Fact]
    public void Given_an_open_dispute_When_the_same_opening_is_retried_Then_nothing_happens()
    {
        spec.Given(new Story().Do(Open()).History).When(Open(), Start + Duration.FromMinutes(5)).ThenNothing();
    }

    [Fact]
    public void Given_an_open_dispute_When_another_opening_uses_its_id_Then_it_already_exists()
    {
        spec.Given(new Story().Do(Open()).History).When(Open() with { OrderId = "order-2" }, Start).ThenRefused(RefusalKind.DisputeAlreadyExists);
    }

    [Fact]
    public void Given_no_dispute_When_anything_but_opening_arrives_Then_not_found()
    {
        spec.When(AcceptClaim(), Start).ThenRefused(RefusalKind.DisputeNotFound);
    }
}
