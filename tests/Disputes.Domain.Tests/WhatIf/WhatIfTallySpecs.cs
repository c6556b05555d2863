using NodaTime;
using static Disputes.Domain.Tests.Cast;
using static Disputes.Domain.Tests.Commands;

namespace Disputes.Domain.Tests;

// The report adds the per-dispute answers up: a late seller turned into an automatic refund, a silent seller whose
// expiry a longer clock removes, and a dispute that does not change.
public class WhatIfTallySpecs
{
    private static readonly PolicySettings ThreeDays = new() { SellerResponse = "P3D" };

    [Fact]
    public void Given_three_disputes_When_tallied_under_a_shorter_seller_clock_Then_the_report_counts_each_change_once()
    {
        var late = new Story().Do(Open()).Wait(Duration.FromDays(4)).Do(Offer()).Wait(Duration.FromHours(2)).Do(AcceptOffer())
            .Wait(Duration.FromHours(1)).Do(RefundSucceeded());
        var quick = new Story().Do(Open()).Wait(Duration.FromDays(1)).Do(AcceptClaim()).Wait(Duration.FromHours(1)).Do(RefundSucceeded());
        var mediated = Story.In(DisputeStatus.UnderMediation);
        var tally = new WhatIfTally();

        foreach (var story in new[] { late, quick, mediated })
            tally.Add(WhatIfReplay.Run(story.History, ThreeDays, story.Now));
        var report = tally.Report();

        report.Disputes.Should().Be(3);
        report.Diverged.Should().Be(1);
        report.DivergencesByKind.Should().Equal(new Dictionary<DivergenceKind, long> { [DivergenceKind.ClockFiredInstead] = 1 });
        report.UnknownAfterDivergence.Should().Be(0, "the automatic refund settles what the buyer gets");
        report.OutcomeChanges.Should().Equal(new OutcomeChange(DisputeReason.NotAsDescribed, "Split", nameof(DisputeStatus.RefundPending), 1));
        // Stored: 30.00 (the offer) + 100.00 (accepted claim); after: 100.00 (the automatic full refund) + 100.00.
        report.RefundsByCurrency.Should().Equal(new RefundTotals("EUR", 13_000, 20_000));
        report.DecidedByClock.Should().Be(new BeforeAfter(0, 1));
        report.Escalations.Should().Be(new BeforeAfter(1, 1));
        report.MediatorWorkload.Should().ContainSingle().Which.Should().Match<WorkingDayLoad>(w => w.Before == 1 && w.After == 1);
        report.ResolutionBefore.Closed.Should().Be(2);
        report.ResolutionAfter.Closed.Should().Be(1, "the automatic refund is granted but not yet paid, so that dispute is not closed");
        report.ResolutionBefore.P50.Should().Be(Duration.FromDays(1) + Duration.FromHours(1));
    }

    [Fact]
    public void Given_an_unreplayable_history_When_tallied_Then_it_is_counted_apart_and_changes_no_outcome()
    {
        var story = Story.In(DisputeStatus.UnderMediation);
        IDisputeEvent[] history = [.. story.History, new DisputeClosed(DisputeId, DisputeOutcome.Withdrawn, Eur(0), Engine, story.Now)];
        var tally = new WhatIfTally();

        tally.Add(WhatIfReplay.Run(history, ThreeDays, story.Now));
        var report = tally.Report();

        report.Unreplayable.Should().Be(1);
        report.UnknownAfterDivergence.Should().Be(0);
        report.OutcomeChanges.Should().BeEmpty();
        report.Escalations.Should().Be(new BeforeAfter(1, 1));
    }
}
