using Disputes.IntegrationTests.Deadlines;
using Disputes.Statistics;
using Disputes.Statistics.Scorecards;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Projections;

public sealed class HotColdInstancesFixture : IAsyncLifetime
{
    private const string Schema = "projection_hotcold";
    private static readonly FakeClock Clock = new(Marketplace.Start);
    private static readonly Dictionary<string, string?> HotCold = new() { ["Disputes:Projections:Daemon"] = "HotCold" };

    // Two API instances on one database, both in the production mode.
    public DeadlineHost First { get; } = new(Schema, Clock, HotCold);
    public DeadlineHost Second { get; } = new(Schema, Clock, HotCold);

    public async Task InitializeAsync()
    {
        await DeadlineHost.DropSchema(Schema);
        var first = new Marketplace(First);
        var second = new Marketplace(Second);
        var id = await first.Open(1, "seller-hc", "Other", 1000, "EUR");
        await second.AcceptClaim(id, "seller-hc");
        await second.RefundPaid(id);
        await first.CatchUp();
    }

    public async Task DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
    }
}

// Hot/cold across instances: each async shard runs on exactly one of them, under an advisory lock a rebuild tool
// can test for too (docs/projections.md), and every instance reads the same projected figures.
public sealed class HotColdInstances(HotColdInstancesFixture fixture) : IClassFixture<HotColdInstancesFixture>
{
    [Fact]
    public async Task Both_instances_serve_what_one_of_them_projected()
    {
        var viaFirst = await fixture.First.CreateClient().GetJson("/sellers/seller-hc/scorecard");
        var viaSecond = await fixture.Second.CreateClient().GetJson("/sellers/seller-hc/scorecard");

        viaFirst["lost"]!.GetValue<int>().Should().Be(1);
        viaSecond.ToJsonString().Should().Be(viaFirst.ToJsonString());
    }

    [Fact]
    public async Task Each_shard_is_led_under_its_own_advisory_lock() =>
        (await HeldShardLocks()).Should().Be(ShardLockIds().Length);

    [Fact]
    public async Task A_rebuild_beside_instances_that_lead_the_shards_makes_them_stand_down_then_they_lead_again()
    {
        var store = fixture.First.Services.GetRequiredService<IDocumentStore>();
        var before = (await fixture.First.CreateClient().GetJson("/sellers/seller-hc/scorecard")).ToJsonString();
        await using (var session = store.LightweightSession())
        {
            session.DeleteWhere<SellerScorecard>(_ => true);
            await session.SaveChangesAsync();
        }

        // No restart and no setting changed: the instances' watchers see the request and let go of the shards.
        await StatisticsRebuild.RunAsync(store, Patience.Bound, CancellationToken.None);

        (await fixture.Second.CreateClient().GetJson("/sellers/seller-hc/scorecard")).ToJsonString().Should().Be(before);
        await Patience.Until(async () => await HeldShardLocks() == ShardLockIds().Length,
            "the instances leading every shard again once the rebuild withdrew its request", TimeSpan.FromMilliseconds(200));

        var marketplace = new Marketplace(fixture.First);
        await marketplace.Open(2, "seller-hc", "Other", 1000, "EUR");
        await marketplace.CatchUp();
        (await fixture.First.CreateClient().GetJson("/sellers/seller-hc/scorecard"))["opened"]!.GetValue<int>().Should().Be(2);
    }

    private long[] ShardLockIds()
    {
        var store = (DocumentStore)fixture.First.Services.GetRequiredService<IDocumentStore>();
        return store.Options.Projections.AllShards()
            .Select(s => (long)ProjectionLockIds.Compute(store.Options.Events.DatabaseSchemaName, s.Name, store.Options.Projections.DaemonLockId))
            .ToArray();
    }

    private Task<long> HeldShardLocks() => TestDatabase.Scalar<long>(
        """
        select count(*) from pg_locks
        where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())
          and ((classid::bigint << 32) | objid::bigint) = any($1)
        """, ShardLockIds());
}
