using Disputes.Statistics;
using Disputes.Statistics.Daily;
using Disputes.Statistics.Scorecards;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static Disputes.IntegrationTests.Projections.StatisticsStory<Disputes.IntegrationTests.Projections.RebuildingStatistics>;

namespace Disputes.IntegrationTests.Projections;

// A rebuild from the events alone gives the figures back, as a CLI or benchmark would run it: this instance's
// daemon is stopped first (hot/cold instances are kept off by StatisticsRebuild's locks, see HotColdInstances).
public sealed class RebuildingStatistics(StatisticsStory<RebuildingStatistics> story) : IClassFixture<StatisticsStory<RebuildingStatistics>>
{
    [Fact]
    public async Task Rebuilding_from_the_events_restores_every_figure()
    {
        var before = await Figures();
        await story.Host.Services.GetRequiredService<JasperFx.Events.Daemon.IProjectionCoordinator>().StopAsync(CancellationToken.None);
        var store = story.Host.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            session.DeleteWhere<SellerScorecard>(_ => true);
            session.DeleteWhere<DailyReasonStatistics>(_ => true);
            await session.SaveChangesAsync();
        }
        (await Figures()).Should().NotBe(before);

        await StatisticsRebuild.RunAsync(store, Patience.Bound, CancellationToken.None);

        (await Figures()).Should().Be(before);
        before.Should().Contain("\"won\":3").And.Contain("2026-11-30");
    }

    private async Task<string> Figures()
    {
        var auditor = story.Host.ClientAs("auditor-1", "auditor");
        var a = await auditor.GetJson($"/sellers/{SellerA}/scorecard");
        var b = await auditor.GetJson($"/sellers/{SellerB}/scorecard");
        var daily = await auditor.GetJson("/statistics/daily?from=2026-11-20&to=2026-11-30");
        return $"{a.ToJsonString()}\n{b.ToJsonString()}\n{daily.ToJsonString()}";
    }
}
