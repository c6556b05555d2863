using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Disputes.Api.Assignment;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Assignment;

// Auto-assignment against the real store: who gets a case, who never does, and when a waiting case goes.
public sealed class AutoAssignment : IAsyncLifetime
{
    private static readonly Instant Monday = DeskHost.Monday;
    private readonly FakeClock clock = new(Monday);
    private readonly TestHost host;
    private readonly HttpClient admin;
    private readonly HttpClient storefront;

    public AutoAssignment()
    {
        host = DeskHost.Create("assign", clock);
        admin = host.ClientAs("admin-1", "admin");
        storefront = host.ClientAs("storefront-1", "storefront");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await TestHost.DropSchema(host.Schema);
    }

    private AutoAssigner Assigner => host.Services.GetRequiredService<AutoAssigner>();

    private async Task Profile(string id, string[] languages, int capacity = 2, string zone = "Europe/Moscow", string start = "07:00", string end = "01:00",
        bool active = true, long limit = 1_000_000, string[]? reasons = null)
    {
        var response = await admin.PutAsJsonAsync($"/admin/mediators/{id}", new
        {
            languages, reasons = reasons ?? ["ItemNotReceived", "NotAsDescribed"], amountLimits = new Dictionary<string, long> { ["EUR"] = limit },
            capacity, active, workingHours = new { timeZone = zone, start, end },
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task<Guid> Escalated(string language, long amount = 4999, string reason = "ItemNotReceived")
    {
        var id = Guid.CreateVersion7();
        var body = Requests.OpenDispute(id).With("language", language).With("reason", reason)
            .With("amountPaid", new JsonObject { ["amount"] = amount, ["currency"] = "EUR" })
            .With("protectionEndsAt", (Monday + Duration.FromDays(30)).ToString());
        (await storefront.PostDispute(body)).StatusCode.Should().Be(HttpStatusCode.Created);
        var escalated = await storefront.PostAsJsonAsync($"/disputes/{id}/escalate", new { actingAs = new { party = "Seller", id = "seller-3" }, reason = "No deal." });
        escalated.StatusCode.Should().Be(HttpStatusCode.OK, await escalated.Content.ReadAsStringAsync());
        return id;
    }

    private async Task<string?> MediatorOf(Guid id) => (await storefront.GetJson($"/disputes/{id}"))["mediatorId"]?.GetValue<string>();

    [Fact]
    public async Task Given_mediators_of_two_languages_When_a_russian_case_is_escalated_Then_the_russian_speaker_gets_it_as_an_engine_assignment()
    {
        await Profile("m-en", ["en"], capacity: 5);
        await Profile("m-ru", ["ru"]);
        var id = await Escalated("RU");

        var result = await Assigner.AssignWaitingAsync();

        result.Assigned.Should().Be(1);
        (await MediatorOf(id)).Should().Be("m-ru");
        var events = await host.ClientAs("auditor-1", "auditor").GetJson($"/audit/disputes/{id}/events");
        var assigned = events["items"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "MediatorAssigned")!;
        assigned["actor"]!["kind"]!.GetValue<string>().Should().Be("System");
        assigned["caller"]!["subject"]!.GetValue<string>().Should().Be("auto-assignment");
    }

    [Fact]
    public async Task Given_two_eligible_mediators_When_cases_arrive_Then_the_one_with_most_spare_capacity_takes_each_and_ties_go_by_id()
    {
        await Profile("m-b", ["en"], capacity: 3);
        await Profile("m-a", ["en"], capacity: 2);
        var first = await Escalated("en");
        await Assigner.AssignWaitingAsync();
        var second = await Escalated("en");
        await Assigner.AssignWaitingAsync();
        var third = await Escalated("en");
        await Assigner.AssignWaitingAsync();

        (await MediatorOf(first)).Should().Be("m-b", "3 seats free beat 2");
        (await MediatorOf(second)).Should().Be("m-a", "2 free each; fewer held (0) wins");
        (await MediatorOf(third)).Should().Be("m-b", "2 free beats 1");
    }

    [Fact]
    public async Task Given_nobody_on_shift_When_a_case_is_escalated_Then_it_waits_and_goes_when_the_shift_begins()
    {
        // New York office hours: 14:00-22:00 UTC; it is 07:00 UTC.
        await Profile("m-ny", ["en"], zone: "America/New_York", start: "09:00", end: "17:00");
        var id = await Escalated("en-US");

        (await Assigner.AssignWaitingAsync()).Waiting.Should().Be(1);
        (await MediatorOf(id)).Should().BeNull();
        var queue = await storefront.GetJson($"/disputes/{id}/queue");
        queue["waiting"]!.GetValue<bool>().Should().BeTrue();
        queue["position"]!.GetValue<int>().Should().Be(1);
        queue["nextShiftAt"]!.GetValue<string>().Should().Be("2026-12-07T14:00:00Z");
        // Seven hours to the shift, then the default 15 minutes to claim for the one case ahead of nobody.
        queue["expectedWait"]!.GetValue<string>().Should().Be("PT7H15M");

        clock.Reset(Instant.FromUtc(2026, 12, 7, 14, 0));
        (await Assigner.AssignWaitingAsync()).Assigned.Should().Be(1);
        (await MediatorOf(id)).Should().Be("m-ny");
        (await storefront.GetJson($"/disputes/{id}/queue"))["waiting"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task Given_a_full_mediator_When_another_case_arrives_Then_it_waits_until_a_decision_frees_a_seat()
    {
        await Profile("m-ru", ["ru"], capacity: 1);
        var first = await Escalated("ru");
        await Assigner.AssignWaitingAsync();
        var second = await Escalated("ru");
        (await Assigner.AssignWaitingAsync()).Waiting.Should().Be(1);
        (await storefront.GetJson($"/disputes/{second}/queue"))["position"]!.GetValue<int>().Should().Be(1);

        var decided = await host.ClientAs("m-ru", "mediator").PostAsJsonAsync($"/mediation/disputes/{first}/decision", new { decision = "FullRefund", rationale = "No delivery." });
        decided.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Assigner.AssignWaitingAsync()).Assigned.Should().Be(1);
        (await MediatorOf(second)).Should().Be("m-ru");
    }

    [Fact]
    public async Task Given_profiles_that_do_not_fit_When_cases_arrive_Then_no_inactive_unskilled_or_underlimit_mediator_gets_one()
    {
        await Profile("m-off", ["en"], active: false);
        await Profile("m-small", ["en"], limit: 1_000);
        await Profile("m-reasons", ["en"], reasons: ["Counterfeit"]);
        var id = await Escalated("en", amount: 4999, reason: "ItemNotReceived");

        (await Assigner.AssignWaitingAsync()).Should().Be(new AssignmentResult(0, 1, 0));
        (await MediatorOf(id)).Should().BeNull();
        var queue = await storefront.GetJson($"/disputes/{id}/queue");
        queue["pool"]!.GetValue<int>().Should().Be(0);
        queue["expectedWait"].Should().BeNull("nobody could ever take it");
    }

    [Fact]
    public async Task Given_an_appealed_case_When_it_returns_to_the_queue_Then_it_never_goes_back_to_the_mediator_who_decided_it()
    {
        await Profile("m-1", ["en"], capacity: 5);
        var id = await Escalated("en");
        await Assigner.AssignWaitingAsync();
        (await host.ClientAs("m-1", "mediator").PostAsJsonAsync($"/mediation/disputes/{id}/decision", new { decision = "ClaimRejected", rationale = "Delivered." }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await storefront.PostAsJsonAsync($"/disputes/{id}/appeal", new { actingAs = new { party = "Buyer", id = "buyer-7" }, reason = "It was not." }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        (await Assigner.AssignWaitingAsync()).Waiting.Should().Be(1);
        (await MediatorOf(id)).Should().BeNull();

        await Profile("m-2", ["en"]);
        (await Assigner.AssignWaitingAsync()).Assigned.Should().Be(1);
        (await MediatorOf(id)).Should().Be("m-2");
    }

    [Fact]
    public async Task Given_two_instances_When_both_run_a_pass_at_once_Then_each_case_is_assigned_once()
    {
        await Profile("m-1", ["en"], capacity: 10);
        await Profile("m-2", ["en"], capacity: 10);
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
            ids.Add(await Escalated("en"));
        await using var second = new TestHost(new TestHostOptions(host.Schema)
        {
            Clock = clock,
            Settings = new Dictionary<string, string?> { ["Disputes:Assignment:AutoAssign"] = "true", ["Disputes:Assignment:Enabled"] = "false" },
        });

        var results = await Task.WhenAll(Assigner.AssignWaitingAsync(), second.Services.GetRequiredService<AutoAssigner>().AssignWaitingAsync());

        results.Sum(r => r.Assigned).Should().Be(6);
        var count = await host.Scalar<long>("select count(*) from {schema}.mt_events where type = 'mediator_assigned'");
        count.Should().Be(6);
        foreach (var id in ids)
            (await MediatorOf(id)).Should().NotBeNull();
    }

    [Fact]
    public async Task Given_another_instance_holding_the_desk_past_the_lease_When_a_pass_runs_Then_it_gives_up_and_the_case_goes_on_the_next()
    {
        await Profile("m-1", ["en"]);
        var id = await Escalated("en");
        await using var patient = new TestHost(new TestHostOptions(host.Schema)
        {
            Clock = clock,
            Settings = new Dictionary<string, string?>
            {
                ["Disputes:Assignment:AutoAssign"] = "true", ["Disputes:Assignment:Enabled"] = "false", ["Disputes:Assignment:Lease"] = "00:00:01",
            },
        });
        // The lock an instance's pass holds, taken here as a pass that hangs (or an instance about to be killed) would.
        var lockId = BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"disputes-auto-assignment:{host.Schema}")), 0);
        // Unpooled, so closing it ends the session as a killed process's would.
        var other = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString + ";Pooling=false");
        await other.OpenAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"select pg_advisory_lock({lockId})", other))
            await take.ExecuteNonQueryAsync();

        (await patient.Services.GetRequiredService<AutoAssigner>().AssignWaitingAsync()).Should().Be(AssignmentResult.None);
        (await MediatorOf(id)).Should().BeNull();

        // The holder dies (kill -9 closes its connection): its lock goes with it, and the next pass assigns.
        await other.DisposeAsync();
        (await patient.Services.GetRequiredService<AutoAssigner>().AssignWaitingAsync()).Assigned.Should().Be(1);
        (await MediatorOf(id)).Should().Be("m-1");
    }

    [Fact]
    public async Task Given_auto_assignment_off_When_a_pass_runs_Then_nothing_is_assigned_and_manual_claims_work()
    {
        await using var off = new TestHost(new TestHostOptions(host.Schema) { Clock = clock, Settings = new Dictionary<string, string?> { ["Disputes:Assignment:Enabled"] = "false" } });
        await Profile("m-1", ["en"]);
        var id = await Escalated("en");

        (await off.Services.GetRequiredService<AutoAssigner>().AssignWaitingAsync()).Should().Be(AssignmentResult.None);
        (await host.ClientAs("m-9", "mediator").PostAsync($"/mediation/disputes/{id}/claim", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await MediatorOf(id)).Should().Be("m-9");
    }
}
