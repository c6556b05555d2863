using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

// Amounts are bounded per currency by the policy the dispute opens under, so no amount a client sends, and no sum
// of refunds within a dispute, can overflow; every later amount is bounded by what was paid.
public class MoneyBoundSpecs
{
    private static readonly DisputePolicy Yen = DisputePolicy.Default with
    {
        Version = "bounded-yen",
        MaxAmount = AmountLimits.Default with { ByCurrency = [new Money(100_000_000, "JPY")] },
    };

    [Fact]
    public void Given_nothing_When_the_amount_paid_is_the_largest_long_Then_invalid_naming_the_amount()
    {
        var refusal = new DeciderSpec().When(Open() with { AmountPaid = Eur(long.MaxValue) }, Start).ThenRefused(RefusalKind.InvalidInput);

        refusal.FieldErrors!.Keys.Should().Equal("amountPaid.amount");
        refusal.FieldErrors["amountPaid.amount"].Single().Should().Contain(AmountLimits.DefaultMax.ToString());
    }

    [Fact]
    public void Given_nothing_When_the_amount_paid_is_at_the_default_bound_Then_it_opens_and_one_more_minor_unit_does_not()
    {
        new DeciderSpec().When(Open() with { AmountPaid = Eur(AmountLimits.DefaultMax) }, Start).ThenAccepted().Should().NotBeEmpty();
        new DeciderSpec().When(Open() with { AmountPaid = Eur(AmountLimits.DefaultMax + 1) }, Start).ThenRefused(RefusalKind.InvalidInput);
    }

    [Fact]
    public void Given_a_policy_bounding_one_currency_When_an_order_in_it_is_paid_above_that_Then_invalid_while_other_currencies_keep_the_default()
    {
        var paidInYen = Open() with { AmountPaid = new Money(100_000_001, "JPY") };
        new DeciderSpec { Policy = Yen }.When(paidInYen, Start).ThenRefused(RefusalKind.InvalidInput).FieldErrors!.Keys.Should().Equal("amountPaid.amount");
        new DeciderSpec { Policy = Yen }.When(paidInYen with { AmountPaid = new Money(100_000_000, "JPY") }, Start).ThenAccepted().Should().NotBeEmpty();
        new DeciderSpec { Policy = Yen }.When(Open() with { AmountPaid = Eur(100_000_001) }, Start).ThenAccepted().Should().NotBeEmpty();
    }

    [Fact]
    public void Given_a_requested_refund_above_the_bound_When_opened_Then_invalid_not_an_overflow()
    {
        new DeciderSpec().When(Open(Remedy.PartialRefund, Eur(long.MaxValue)), Start).ThenRefused(RefusalKind.InvalidInput)
            .FieldErrors!.Keys.Should().Contain("requestedRefund.amount");
    }

    [Fact]
    public void Given_a_dispute_paid_at_the_bound_When_offers_and_decisions_name_the_largest_or_smallest_long_Then_invalid_not_an_overflow()
    {
        var paid = Eur(AmountLimits.DefaultMax);
        var opened = new Story().Do(Open() with { AmountPaid = paid });
        var offer = Offer(OfferKind.ReturnAndRefund) with { RefundAmount = Eur(long.MaxValue) };
        new DeciderSpec().Given(opened.History).When(offer, Hours(1)).ThenRefused(RefusalKind.InvalidInput).FieldErrors!.Keys.Should().Equal("refundAmount.amount");

        var mediation = new Story().Do(Open() with { AmountPaid = paid }).Wait(Duration.FromHours(1)).Do(Reject()).Wait(Duration.FromHours(1))
            .Do(Escalate(Buyer)).Wait(Duration.FromHours(1)).Do(Claim());
        new DeciderSpec().Given(mediation.History).When(Decide(DecisionKind.PartialRefund, Eur(long.MaxValue)), mediation.Now)
            .ThenRefused(RefusalKind.InvalidInput).FieldErrors!.Keys.Should().Equal("refundAmount.amount");
        new DeciderSpec().Given(mediation.History).When(Decide(DecisionKind.ReturnAndRefund, Eur(long.MinValue)), mediation.Now)
            .ThenRefused(RefusalKind.InvalidInput).FieldErrors!.Keys.Should().Equal("refundAmount.amount");
        new DeciderSpec().Given(mediation.History).When(Decide(DecisionKind.PartialRefund, Eur(AmountLimits.DefaultMax)), mediation.Now)
            .ThenRefused(RefusalKind.RuleViolated, "partial-refund-not-below-refundable");
    }

    [Fact]
    public void Given_a_dispute_paid_at_the_bound_When_refunded_in_full_Then_the_refunded_sum_is_exact()
    {
        var paid = Eur(AmountLimits.DefaultMax);
        var story = new Story().Do(Open() with { AmountPaid = paid }).Wait(Duration.FromHours(1)).Do(AcceptClaim()).Do(RefundSucceeded());

        story.State!.Refunded.Should().Be(paid);
        story.State.Refundable.Should().Be(Eur(0));
    }
}
