using Disputes.Statistics.Daemon;
using NodaTime;

namespace Disputes.IntegrationTests.Projections;

// The stall rule on its own (no database): lag is not a stall unless work has waited a whole window on a row that
// has not moved in it.
public sealed class ProgressVerdicts
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 20, 10, 0);
    private static readonly Duration Window = Duration.FromMinutes(1);

    private static ProgressVerdict Judge(ShardProgress mark, long newest, params ShardProgress[] shards) =>
        ProgressVerdict.Judge(new ProgressSnapshot(Now, newest, mark, shards), Window);

    private static ShardProgress Row(string name, long position, Duration movedAgo, Duration? pendingFor) =>
        new(name, position, Now - movedAgo, pendingFor is { } p ? Now - p : null);

    [Fact]
    public void Given_a_mark_idle_all_night_When_an_event_has_just_arrived_Then_it_is_behind_but_not_stalled()
    {
        var verdict = Judge(Row("HighWaterMark", 10, Duration.FromHours(8), Duration.FromSeconds(2)), newest: 11);

        verdict.HighWaterMark.Lag.Should().Be(1);
        verdict.Stalled.Should().BeFalse();
    }

    [Fact]
    public void Given_a_shard_far_behind_When_it_moved_within_the_window_Then_it_is_not_stalled()
    {
        var verdict = Judge(Row("HighWaterMark", 5000, Duration.FromSeconds(1), null), newest: 5000,
            Row("SellerScorecard:All", 1000, Duration.FromSeconds(5), Duration.FromMinutes(10)));

        verdict.Shards.Single().Lag.Should().Be(4000);
        verdict.Stalled.Should().BeFalse();
    }

    [Fact]
    public void Given_work_waiting_longer_than_the_window_When_the_row_has_not_moved_in_it_Then_it_is_stalled()
    {
        var verdict = Judge(Row("HighWaterMark", 5000, Duration.FromSeconds(1), null), newest: 5000,
            Row("SellerScorecard:All", 1000, Duration.FromMinutes(2), Duration.FromMinutes(2)));

        verdict.StalledRows.Select(r => r.Name).Should().Equal("SellerScorecard:All");
    }

    [Fact]
    public void Given_no_events_When_nothing_ever_ran_Then_all_is_well()
    {
        var verdict = Judge(new ShardProgress("HighWaterMark", 0, null, null), newest: 0, new ShardProgress("SellerScorecard:All", 0, null, null));

        verdict.Stalled.Should().BeFalse();
    }
}
