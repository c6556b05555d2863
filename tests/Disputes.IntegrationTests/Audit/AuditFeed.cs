using System.Text.Json.Nodes;
using Npgsql;

namespace Disputes.IntegrationTests.Audit;

public sealed class AuditFeed(ApiFixture<AuditFeed> api) : IClassFixture<ApiFixture<AuditFeed>>
{
    [Fact]
    public async Task Given_several_disputes_When_the_feed_is_paged_Then_every_event_comes_exactly_once_in_sequence_order()
    {
        var ids = Enumerable.Range(1, 3).Select(n => Guid.Parse($"0199a200-0000-7000-8000-00000000000{n}")).ToList();
        foreach (var id in ids)
            await AuditScenario.Open(api, id, $"open-{id}", $"corr-{id}", orderId: $"order-{id}");
        // Interleave the streams so the feed order differs from dispute order.
        foreach (var id in ids)
            await AuditScenario.Message(api, id, $"corr-msg-{id}");
        var auditor = api.Auditor();

        var feed = await ReadAll(auditor, limit: 2);

        var sequences = feed.Select(i => i["sequence"]!.GetValue<long>()).ToList();
        sequences.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        foreach (var id in ids)
        {
            var stream = (await auditor.GetJson($"/audit/disputes/{id}/events"))["items"]!.AsArray();
            var fromFeed = feed.Where(i => i["disputeId"]!.GetValue<Guid>() == id).Select(i => i.ToJsonString());
            fromFeed.Should().Equal(stream.Select(i => i!.ToJsonString()), "the feed carries each event exactly as the dispute's own trail does");
        }
    }

    [Fact]
    public async Task Given_a_sequence_number_still_in_flight_When_the_feed_is_read_Then_it_stops_before_the_gap_until_the_gap_is_stale()
    {
        await AuditScenario.Open(api, Guid.Parse("0199a200-0000-7000-8000-000000000011"), "open-gap-1", "corr-gap-1", orderId: "order-gap-1");
        var auditor = api.Auditor();
        var before = await ReadAll(auditor, limit: 1000);
        var after = before[^1]["sequence"]!.GetValue<long>();

        // A number taken and not (yet) committed: what a concurrent append looks like from outside.
        await using (var connection = new NpgsqlConnection(ApiFixture<AuditFeed>.ConnectionString))
        {
            await connection.OpenAsync();
            await using var burn = new NpgsqlCommand($"select nextval('\"{api.Schema}\".mt_events_sequence')", connection);
            await burn.ExecuteScalarAsync();
        }
        var behind = Guid.Parse("0199a200-0000-7000-8000-000000000012");
        await AuditScenario.Open(api, behind, "open-gap-2", "corr-gap-2", orderId: "order-gap-2");

        // The gap's age is the age of the events behind it, on the database's clock. The test sets that age instead
        // of racing it: however long the requests take, the events behind the gap stay "just committed"…
        await Age(behind, "-1 hour");
        var held = await auditor.GetJson($"/audit/events?after={after}");
        held["items"]!.AsArray().Should().BeEmpty();
        held["nextAfter"].Should().BeNull();

        // …until they are older than the gap timeout (3 s): a gap that old never fills.
        await Age(behind, "4 seconds");
        var released = await auditor.GetJson($"/audit/events?after={after}");
        var items = released["items"]!.AsArray();
        items.Should().NotBeEmpty();
        items[0]!["sequence"]!.GetValue<long>().Should().Be(after + 2);
        items.Should().OnlyContain(i => i!["disputeId"]!.GetValue<Guid>() == Guid.Parse("0199a200-0000-7000-8000-000000000012"));
    }

    private async Task Age(Guid dispute, string age)
    {
        await using var connection = new NpgsqlConnection(ApiFixture<AuditFeed>.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand(
            $"update \"{api.Schema}\".mt_events set timestamp = now() - interval '{age}' where stream_id = $1", connection)
        { Parameters = { new() { Value = dispute } } };
        (await update.ExecuteNonQueryAsync()).Should().BeGreaterThan(0);
    }

    private static async Task<List<JsonObject>> ReadAll(HttpClient auditor, int limit)
    {
        var all = new List<JsonObject>();
        long after = 0;
        for (var pages = 0; pages < 1000; pages++)
        {
            var page = await auditor.GetJson($"/audit/events?after={after}&limit={limit}");
            var items = page["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
            items.Count.Should().BeLessThanOrEqualTo(limit);
            all.AddRange(items);
            if (page["nextAfter"]?.GetValue<long>() is not { } next)
                return all;
            next.Should().Be(items[^1]["sequence"]!.GetValue<long>());
            after = next;
        }
        throw new InvalidOperationException("The feed never ended.");
    }
}
