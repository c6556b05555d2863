namespace Disputes.IntegrationTests.Audit;

// Someone with write access to the database removes events: one from the middle of a history, and the
// newest of another (no gap follows it, but the stream still records its version).
public sealed class DeletedEvents(ApiFixture<DeletedEvents> api) : IClassFixture<ApiFixture<DeletedEvents>>
{
    private static Guid Id(int n) => Guid.Parse($"0199f200-0000-7000-8000-{n:D12}");

    [Fact]
    public async Task Given_events_deleted_with_sql_When_verified_Then_each_gap_is_named_and_the_untouched_dispute_stays_intact()
    {
        var (middle, newest, untouched) = (Id(1), Id(2), Id(3));
        await HistoryScenario.FullLifecycle(api, middle);
        var last = await HistoryScenario.FullLifecycle(api, newest);
        await HistoryScenario.FullLifecycle(api, untouched);

        (await api.Sql("delete from {schema}.mt_events where stream_id = $1 and version = 5", middle)).Should().Be(1);
        (await api.Sql("delete from {schema}.mt_events where stream_id = $1 and version = $2", newest, last)).Should().Be(1);

        var all = await api.VerifyAll();

        all["disputesChecked"]!.GetValue<long>().Should().Be(3);
        all["disputesBroken"]!.GetValue<long>().Should().Be(2);
        var breaks = all["breaks"]!.AsArray().Select(b => b!.AsObject()).ToDictionary(b => b["disputeId"]!.GetValue<Guid>());
        breaks.Keys.Should().BeEquivalentTo([middle, newest]);
        foreach (var (id, version) in new[] { (middle, 5L), (newest, last) })
        {
            breaks[id]["kind"]!.GetValue<string>().Should().Be("MissingVersion");
            breaks[id]["version"]!.GetValue<long>().Should().Be(version);
            breaks[id]["sequence"].Should().BeNull("no event is stored at that version");
            (await api.Verify(id)).SingleBreak().ToJsonString().Should().Be(breaks[id].ToJsonString());
        }
        breaks[middle]["detail"]!.GetValue<string>().Should().Contain("next stored event is version 6");
        (await api.Verify(untouched)).ShouldBeIntact();
    }
}
