using System.Net;
using Disputes.IntegrationTests.Deadlines;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Projections;

public sealed class ProjectionHealthFixture : IAsyncLifetime
{
    public DeadlineHost Host { get; } = new("projection_health", new FakeClock(Marketplace.Start),
        new Dictionary<string, string?> { ["Disputes:Projections:Daemon"] = "Solo" });

    public async Task InitializeAsync()
    {
        await DeadlineHost.DropSchema(Host.Schema);
        var market = new Marketplace(Host);
        var id = await market.Open(1, "seller-h", "Other", 1000, "EUR");
        await market.AcceptClaim(id, "seller-h");
        await market.CatchUp();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

// GET /health/projections with a daemon that keeps up: healthy, with the figures an operator reads.
public sealed class ProjectionHealth(ProjectionHealthFixture fixture) : IClassFixture<ProjectionHealthFixture>
{
    [Fact]
    public async Task Caught_up_projections_are_healthy_and_report_no_lag()
    {
        var response = await fixture.Host.CreateClient().GetAsync("/health/projections");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = await response.Json();
        report["status"]!.GetValue<string>().Should().Be("Healthy");
        var data = report["checks"]!["projections"]!["data"]!;
        var newest = data["newestSequence"]!.GetValue<long>();
        newest.Should().BePositive();
        data["highWaterMark"]!["position"]!.GetValue<long>().Should().Be(newest);
        data["highWaterMark"]!["lag"]!.GetValue<long>().Should().Be(0);
        data["shards"]!.AsArray().Select(s => $"{s!["name"]} {s["position"]} {s["lag"]} {s["stalled"]}")
            .Should().Equal($"DailyReasonStatistics:All {newest} 0 false", $"MediatorStatistics:All {newest} 0 false", $"SellerScorecard:All {newest} 0 false");
    }
}
