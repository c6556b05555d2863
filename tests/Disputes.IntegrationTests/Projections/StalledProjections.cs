using System.Net;
using Disputes.IntegrationTests.Deadlines;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Projections;

public sealed class StalledProjectionsFixture : IAsyncLifetime
{
    // No daemon anywhere, and a zero stall window: any work waiting on a row that is not moving is a stall at once,
    // so the test sets the progression rows it needs and asks, with nothing to wait for.
    public DeadlineHost Host { get; } = new("projection_stalls", new FakeClock(Marketplace.Start),
        new Dictionary<string, string?> { ["Disputes:Projections:Daemon"] = "Disabled", ["Disputes:Projections:StallWindow"] = "00:00:00" });

    public async Task InitializeAsync()
    {
        await DeadlineHost.DropSchema(Host.Schema);
        var market = new Marketplace(Host);
        await market.Open(1, "seller-s", "Other", 1000, "EUR");
    }

    // Rewrites mt_event_progression as a daemon would have left it, last moved an hour ago.
    public async Task Progress(long? highWaterMark, long shards)
    {
        var mark = highWaterMark is { } m ? $"('HighWaterMark', {m}, now() - interval '1 hour')," : "";
        await Host.Sql(
            $$"""
              delete from {schema}.mt_event_progression;
              insert into {schema}.mt_event_progression (name, last_seq_id, last_updated) values {{mark}}
                ('SellerScorecard:All', {{shards}}, now() - interval '1 hour'),
                ('DailyReasonStatistics:All', {{shards}}, now() - interval '1 hour'),
                ('MediatorStatistics:All', {{shards}}, now() - interval '1 hour');
              """);
        Newest = await Host.Scalar<long>("select max(seq_id) from {schema}.mt_events");
    }

    public long Newest { get; private set; }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

// GET /health/projections when progress stops: judged from the shared database, whoever runs the daemon.
public sealed class StalledProjections(StalledProjectionsFixture fixture) : IClassFixture<StalledProjectionsFixture>
{
    private readonly HttpClient client = fixture.Host.CreateClient();

    [Fact]
    public async Task A_high_water_mark_behind_the_newest_event_and_not_moving_is_a_stall()
    {
        await fixture.Progress(highWaterMark: null, shards: 0);

        var response = await client.GetAsync("/health/projections");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var check = (await response.Json())["checks"]!["projections"]!;
        check["status"]!.GetValue<string>().Should().Be("Unhealthy");
        check["description"]!.GetValue<string>().Should().Contain("HighWaterMark at 0");
        check["data"]!["highWaterMark"]!["lag"]!.GetValue<long>().Should().Be(fixture.Newest);
        check["data"]!["highWaterMark"]!["stalled"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task A_shard_behind_the_high_water_mark_and_not_moving_is_a_stall()
    {
        await fixture.Progress(highWaterMark: null, shards: 0);
        await fixture.Progress(highWaterMark: fixture.Newest, shards: 1);

        var response = await client.GetAsync("/health/projections");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var check = (await response.Json())["checks"]!["projections"]!;
        check["description"]!.GetValue<string>().Should().Contain("SellerScorecard:All at 1").And.NotContain("HighWaterMark");
        check["data"]!["highWaterMark"]!["stalled"]!.GetValue<bool>().Should().BeFalse();
        check["data"]!["shards"]!.AsArray().Select(s => s!["lag"]!.GetValue<long>()).Should().Equal(fixture.Newest - 1, fixture.Newest - 1, fixture.Newest - 1);
    }

    [Fact]
    public async Task A_stall_does_not_take_the_instance_out_of_rotation()
    {
        await fixture.Progress(highWaterMark: null, shards: 0);

        (await client.GetAsync("/health/projections")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
