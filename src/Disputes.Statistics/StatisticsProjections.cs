using Disputes.Statistics.Daemon;
using Disputes.Statistics.Daily;
using Disputes.Statistics.Mediators;
using Disputes.Statistics.Scorecards;
using JasperFx.Events.Projections;
using Marten;

namespace Disputes.Statistics;

// The cross-dispute views, run by the async daemon (hot/cold across API instances) rather than inline: they read
// a little behind the commands, and no command ever waits on them.
public static class StatisticsProjections
{
    // Marten's projection names (the document type names), for rebuilds and the progress health check.
    public static readonly string SellerScorecards = nameof(SellerScorecard);
    public static readonly string DailyStatistics = nameof(DailyReasonStatistics);
    public static readonly string Mediators = nameof(MediatorStatistics);
    public static IReadOnlyList<string> Names { get; } = [SellerScorecards, DailyStatistics, Mediators];

    public static void Configure(StoreOptions opts)
    {
        opts.Projections.Add(new SellerScorecardProjection(), ProjectionLifecycle.Async);
        opts.Projections.Add(new DailyReasonStatisticsProjection(), ProjectionLifecycle.Async);
        opts.Projections.Add(new MediatorStatisticsProjection(), ProjectionLifecycle.Async);
        opts.Schema.For<DailyReasonStatistics>().Duplicate(x => x.DateKey);
        opts.Storage.ExtendedSchemaObjects.Add(DaemonPause.Define(opts.DatabaseSchemaName));
    }
}
