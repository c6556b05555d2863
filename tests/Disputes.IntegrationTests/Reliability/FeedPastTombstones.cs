using System.Net;
using System.Text.Json.Nodes;

namespace Disputes.IntegrationTests.Reliability;

// Found by the reliability suite's store check: after any failed append Marten writes tombstone rows, and the
// global audit feed answered 500 on them ("not a dispute event") for ever after.
public sealed class FeedPastTombstones(ApiFixture<FeedPastTombstones> api) : IClassFixture<ApiFixture<FeedPastTombstones>>
{
    [Fact]
    public async Task Given_a_refused_append_left_tombstones_When_reading_the_feed_Then_200_without_them()
    {
        var client = api.CreateClient();
        (await client.PostDispute(Requests.OpenDispute(Guid.CreateVersion7()).With("orderId", "order-tomb"))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostDispute(Requests.OpenDispute(Guid.CreateVersion7()).With("orderId", "order-tomb"))).StatusCode.Should().Be(HttpStatusCode.Conflict);
        await WaitForTombstones();

        var auditor = api.ClientAs("auditor-1", "auditor");
        var response = await auditor.GetAsync("/audit/events?limit=1000");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var items = (await response.Json())["items"]!.AsArray();
        items.Select(i => i!["type"]!.GetValue<string>()).Should().NotContain(t => t.Contains("ombstone", StringComparison.OrdinalIgnoreCase));
        items.Select(i => i!["type"]!.GetValue<string>()).Should().Contain("DisputeOpened");
    }

    private async Task WaitForTombstones()
    {
        await Patience.Until(async () => await api.Scalar<long>("select count(*) from {schema}.mt_events where type = 'tombstone'") > 0,
            "Marten writing a tombstone (else the test no longer exercises the feed past one)", TimeSpan.FromMilliseconds(100));
    }
}
