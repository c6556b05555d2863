using System.Net;
using System.Net.Http.Headers;
using Disputes.Api.Configuration;
using Disputes.Deadlines.Scheduling;
using Disputes.IntegrationTests.Deadlines;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Operations;

// The supported scale-out: several stateless API instances on one database. Inline projections commit with the
// events, so there is no projection worker to elect; deadlines are claimed row by row, so each has exactly one
// worker; a stopping instance hands back what it claimed but did not fire.
public sealed class TwoInstances
{
    private static readonly Instant OpenedAt = Instant.FromUtc(2026, 11, 20, 10, 0);
    private static readonly Duration PastSellerDeadline = Duration.FromDays(5) + Duration.FromSeconds(1);

    private static async Task<(DeadlineHost A, DeadlineHost B)> Start(string schema, FakeClock clock, Dictionary<string, string?>? settings = null)
    {
        await DeadlineHost.DropSchema(schema);
        var a = new DeadlineHost(schema, clock, settings);
        var b = new DeadlineHost(schema, clock, settings);
        _ = (a.Services, b.Services);
        return (a, b);
    }

    private static async Task<string> ETag(DeadlineHost host, Guid id)
    {
        var response = await host.CreateClient().GetAsync($"/disputes/{id}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return response.Headers.ETag!.Tag;
    }

    [Fact]
    public async Task Given_two_instances_When_a_dispute_is_opened_on_one_and_answered_on_the_other_Then_each_reads_every_write_at_once()
    {
        var (a, b) = await Start("twoinstances_requests", new FakeClock(OpenedAt));
        await using var _a = a;
        await using var _b = b;
        var id = Guid.Parse("0199f000-0000-7000-8000-000000000001");

        (await a.CreateClient().PostDispute(Requests.OpenDispute(id))).StatusCode.Should().Be(HttpStatusCode.Created);
        var opened = await ETag(b, id);

        var offer = new HttpRequestMessage(HttpMethod.Post, $"/disputes/{id}/offers")
        {
            Content = new StringContent(new System.Text.Json.Nodes.JsonObject
            {
                ["actingAs"] = AsSeller, ["kind"] = "PartialRefund", ["refundAmount"] = Euros(1000), ["note"] = "Half?",
            }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            Headers = { IfMatch = { new EntityTagHeaderValue(opened) } },
        };
        (await b.CreateClient().SendAsync(offer)).StatusCode.Should().Be(HttpStatusCode.OK);

        var answered = await ETag(a, id);
        answered.Should().NotBe(opened).And.Be(await ETag(b, id));
    }

    [Fact]
    public async Task Given_both_instances_running_their_schedulers_When_deadlines_fall_due_Then_each_fires_exactly_once_by_one_of_them()
    {
        var clock = new FakeClock(OpenedAt);
        var running = new Dictionary<string, string?>
        {
            ["Disputes:Scheduler:Enabled"] = "true",
            ["Disputes:Scheduler:MaxIdle"] = "00:00:00.200",
            ["Disputes:Scheduler:BatchSize"] = "20",
        };
        var (a, b) = await Start("twoinstances_schedulers", clock, running);
        await using var _a = a;
        await using var _b = b;
        var disputes = await a.SeedOpenDisputes(200, OpenedAt, prefix: "0199f100");

        clock.Advance(PastSellerDeadline);
        await Patience.Until(async () => await a.Scalar<long>("select count(*) from {schema}.dispute_deadlines where kind = 'SellerResponse'") == 0,
            "every seller deadline fired", TimeSpan.FromMilliseconds(100));

        var expired = await a.ExpiredEvents();
        expired.Select(e => e.DisputeId).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(disputes);
        var byA = a.Services.GetRequiredService<SchedulerState>().Totals.Expired;
        var byB = b.Services.GetRequiredService<SchedulerState>().Totals.Expired;
        (byA + byB).Should().Be(200);
    }

    [Fact]
    public async Task Given_an_instance_stopping_with_claimed_deadlines_When_it_stops_Then_it_releases_them_and_the_other_fires_them_at_once()
    {
        var clock = new FakeClock(OpenedAt);
        var (a, b) = await Start("twoinstances_shutdown", clock);
        await using var _a = a;
        await using var _b = b;
        var disputes = await a.SeedOpenDisputes(30, OpenedAt, prefix: "0199f200");
        clock.Advance(PastSellerDeadline);

        var claimed = await a.Scheduler.ClaimAsync();
        claimed.Should().HaveCount(30);
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();
        var stopped = await a.Scheduler.FireAsync(claimed, stopping.Token);

        stopped.Should().Match<DrainResult>(r => r.Released == 30 && r.Expired == 0);
        (await a.Scalar<long>("select count(*) from {schema}.dispute_deadlines where claimed_until is not null")).Should().Be(0);
        // No lease to wait out: the clock has not moved.
        (await b.Scheduler.DrainDueAsync()).Expired.Should().Be(30);
        (await b.ExpiredEvents()).Select(e => e.DisputeId).Should().BeEquivalentTo(disputes);
    }
}
