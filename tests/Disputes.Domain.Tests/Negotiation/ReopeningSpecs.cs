using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

public class ReopeningSpecs
{
    private static readonly Guid Earlier = Guid.Parse("0193a1b2-0000-7000-8000-0000000000ee");
    private static readonly Instant ClosedAt = Start - Duration.FromDays(2);

    private static OpenDispute Reopen(DisputeOutcome outcome, string? reason = "It broke again.") =>
        Open() with { ReopenReason = reason, Earlier = [new EarlierDispute(Earlier, outcome, ClosedAt)] };

    [Fact]
    public void Given_an_order_whose_dispute_was_refunded_When_the_buyer_disputes_it_again_Then_the_policy_refuses_and_says_why()
    {
        new DeciderSpec().When(Reopen(DisputeOutcome.BuyerFavoured), Start).ThenRefused(RefusalKind.RuleViolated, "reopening-not-allowed")
            .Message.Should().Contain(Earlier.ToString()).And.Contain("only after a withdrawal");
    }

    [Fact]
    public void Given_an_order_whose_dispute_was_withdrawn_When_disputed_again_with_a_reason_Then_the_opening_records_what_it_reopens()
    {
        var opened = new DeciderSpec().When(Reopen(DisputeOutcome.Withdrawn), Start).ThenAccepted().OfType<DisputeOpened>().Single();
        opened.Reopens.Should().Be(new EarlierDispute(Earlier, DisputeOutcome.Withdrawn, ClosedAt));
        opened.ReopenReason.Should().Be("It broke again.");
    }

    [Fact]
    public void Given_an_order_whose_dispute_was_withdrawn_When_disputed_again_without_a_reason_Then_the_reason_is_asked_for()
    {
        new DeciderSpec().When(Reopen(DisputeOutcome.Withdrawn, reason: null), Start).ThenRefused(RefusalKind.InvalidInput)
            .FieldErrors!.Keys.Should().Equal("reopenReason");
    }

    [Fact]
    public void Given_the_single_offer_policy_When_an_order_is_disputed_again_Then_it_may_be_but_no_longer_silently()
    {
        var opened = new DeciderSpec { Policy = DisputePolicy.SingleOffer }.When(Reopen(DisputeOutcome.SellerFavoured, reason: null), Start)
            .ThenAccepted().OfType<DisputeOpened>().Single();
        opened.Reopens!.DisputeId.Should().Be(Earlier);
    }

    [Fact]
    public void Given_a_policy_that_never_reopens_When_even_a_withdrawn_dispute_is_reopened_Then_it_is_refused()
    {
        var never = DisputePolicy.Default with { Version = "never", Reopening = ReopeningRule.Never };
        new DeciderSpec { Policy = never }.When(Reopen(DisputeOutcome.Withdrawn), Start).ThenRefused(RefusalKind.RuleViolated, "reopening-not-allowed");
    }

    [Fact]
    public void Given_a_reopened_dispute_When_its_history_is_replayed_Then_the_decider_reproduces_the_opening()
    {
        var story = new Story().Do(Reopen(DisputeOutcome.Withdrawn));
        HistoryReplay.Check(story.History, DisputeJson.Options).Finding.Should().BeNull();
    }
}
