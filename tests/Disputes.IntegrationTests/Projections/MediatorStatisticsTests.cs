using System.Net.Http.Json;
using Disputes.IntegrationTests.Deadlines;
using NodaTime;
using NodaTime.Testing;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Projections;

// The async mediator statistics through the real API, scheduler and daemon, on a schema of their own:
//   1: escalated at +1 h, m1 claims at +3 h, decides FullRefund at +5 h; appealed at +6 h; m2 claims at +7 h and
//      rejects the claim at +8 h (m1's decision overturned)
//   2: escalated at +1 h, m1 claims at +2 h and releases at +4 h, m2 claims at +10 h; the decision SLA runs out on m2
//   3: escalated at +1 h and never claimed; its SLA runs out with nobody holding it (the desk's breach)
public sealed class MediatorStatisticsTests : IAsyncLifetime
{
    private static readonly Instant Start = Marketplace.Start;
    private readonly DeadlineHost host = new("stats_mediators", new FakeClock(Start), new Dictionary<string, string?> { ["Disputes:Projections:Daemon"] = "Solo" });
    private HttpClient auditor = null!;

    public async Task InitializeAsync()
    {
        await DeadlineHost.DropSchema(host.Schema);
        auditor = host.ClientAs("auditor-1", "auditor");
        var market = new Marketplace(host);
        var http = For(host);
        var (d1, d2, d3) = (await market.Open(1, "seller-m", "ItemNotReceived", 4000, "EUR"),
            await market.Open(2, "seller-m", "NotAsDescribed", 3000, "EUR"), await market.Open(3, "seller-m", "Counterfeit", 2000, "EUR"));

        market.Wait(Duration.FromHours(1));
        foreach (var id in new[] { d1, d2, d3 })
            await market.Escalate(id, As("Seller", "seller-m"));
        market.Wait(Duration.FromHours(1));
        await Ok(http.Mediator("m1", d2, "claim"));
        market.Wait(Duration.FromHours(1));
        await Ok(http.Mediator("m1", d1, "claim"));
        market.Wait(Duration.FromHours(1));
        await Ok(http.Mediator("m1", d2, "release", new() { ["reason"] = "Going on leave." }));
        market.Wait(Duration.FromHours(1));
        await Ok(http.Mediator("m1", d1, "decision", new() { ["decision"] = "FullRefund", ["rationale"] = "No proof of delivery." }));
        market.Wait(Duration.FromHours(1));
        await Ok(http.Storefront(d1, "appeal", new() { ["actingAs"] = As("Seller", "seller-m"), ["reason"] = "Tracking shows delivery." }));
        market.Wait(Duration.FromHours(1));
        await Ok(http.Mediator("m2", d1, "claim"));
        market.Wait(Duration.FromHours(1));
        await Ok(http.Mediator("m2", d1, "decision", new() { ["decision"] = "ClaimRejected", ["rationale"] = "Delivered after all." }));
        market.Wait(Duration.FromHours(2));
        await Ok(http.Mediator("m2", d2, "claim"));

        // Past every decision SLA (seven working days of the calendar): the scheduler flags 2 and 3.
        await market.Pass(Duration.FromDays(14));
        await market.CatchUp();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Given_a_claim_a_decision_overturned_on_appeal_and_a_release_When_m1_is_asked_Then_each_is_counted_and_timed()
    {
        var m1 = await auditor.GetJson("/statistics/mediators/m1");

        Counts(m1, "claimed", "released", "decisions", "slaBreaches", "appealed", "upheld", "overturned").Should().Equal(2, 1, 1, 0, 1, 0, 1);
        m1["decisionsByKind"]!.ToJsonString().Should().Be("""{"fullRefund":1}""");
        // Claims waited 1 h (2) and 2 h (1): the median of the two; the decision came 2 h after the claim.
        m1["medianTimeToClaim"]!.GetValue<string>().Should().Be("PT1H30M");
        m1["medianTimeToDecision"]!.GetValue<string>().Should().Be("PT2H");
    }

    [Fact]
    public async Task Given_an_appeal_case_and_a_breached_sla_When_m2_and_the_desk_are_asked_Then_the_breaches_fall_to_the_holder_and_the_desk()
    {
        var m2 = await auditor.GetJson("/statistics/mediators/m2");
        var desk = await auditor.GetJson("/statistics/mediators");

        Counts(m2, "claimed", "decisions", "slaBreaches", "appealed").Should().Equal(2, 1, 1, 0);
        // The appeal case waited 1 h from the appeal; the released one 6 h from its release.
        m2["medianTimeToClaim"]!.GetValue<string>().Should().Be("PT3H30M");
        m2["decisionsByKind"]!.ToJsonString().Should().Be("""{"claimRejected":1}""");
        desk["mediatorId"].Should().BeNull();
        Counts(desk, "claimed", "released", "decisions", "slaBreaches", "appealed", "overturned").Should().Equal(4, 1, 2, 2, 1, 1);
    }

    [Fact]
    public async Task Given_m1_and_m2_in_one_team_When_the_team_is_asked_Then_their_records_add_up_with_exact_medians()
    {
        var admin = host.ClientAs("admin-1", "admin");
        foreach (var m in new[] { "m1", "m2" })
            (await admin.PutAsJsonAsync($"/admin/mediators/{m}", new
            {
                languages = new[] { "en" }, reasons = new[] { "ItemNotReceived" }, amountLimits = new Dictionary<string, long> { ["EUR"] = 100_000 },
                capacity = 3, active = true, team = "night", workingHours = new { timeZone = "Europe/Moscow", start = "07:00", end = "01:00" },
            })).StatusCode.Should().Be(System.Net.HttpStatusCode.OK);

        var team = await auditor.GetJson("/statistics/teams/night");

        team["members"]!.AsArray().Select(m => m!.GetValue<string>()).Should().Equal("m1", "m2");
        var s = team["statistics"]!;
        Counts(s, "claimed", "released", "decisions", "slaBreaches", "appealed", "overturned").Should().Equal(4, 1, 2, 1, 1, 1);
        s["decisionsByKind"]!.ToJsonString().Should().Be("""{"fullRefund":1,"claimRejected":1}""");
        // Claims waited 2 h and 1 h (m1), 1 h and 6 h (m2): the median of the four is 1 h 30 min; the two decisions came
        // 2 h (m1) and 1 h (m2) after their claims.
        s["medianTimeToClaim"]!.GetValue<string>().Should().Be("PT1H30M");
        s["medianTimeToDecision"]!.GetValue<string>().Should().Be("PT1H30M");
        (await auditor.GetAsync("/statistics/teams/day")).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_other_roles_and_a_bad_id_When_asked_Then_403_and_400()
    {
        (await host.ClientAs("m1", "mediator").GetAsync("/statistics/mediators/m1")).StatusCode.Should().Be(System.Net.HttpStatusCode.Forbidden);
        (await auditor.GetAsync("/statistics/mediators/*")).StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
    }

    private static long[] Counts(System.Text.Json.Nodes.JsonNode node, params string[] names) => names.Select(n => node[n]!.GetValue<long>()).ToArray();
}
