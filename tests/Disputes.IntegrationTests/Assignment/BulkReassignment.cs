using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Disputes.Api.Assignment;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Assignment;

// POST /admin/mediators/{id}/reassign-cases: every case a mediator holds moved, one result per case, retries safe.
public sealed class BulkReassignment : IAsyncLifetime
{
    private static readonly Instant Monday = DeskHost.Monday;
    private readonly FakeClock clock = new(Monday);
    private readonly TestHost host;
    private readonly HttpClient admin;
    private readonly HttpClient storefront;

    public BulkReassignment()
    {
        host = DeskHost.Create("bulk", clock, "Solo");
        admin = host.ClientAs("admin-1", "admin");
        storefront = host.ClientAs("storefront-1", "storefront");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await TestHost.DropSchema(host.Schema);
    }

    private async Task Profile(string id, int capacity, bool active = true) =>
        (await admin.PutAsJsonAsync($"/admin/mediators/{id}", new
        {
            languages = new[] { "en" }, reasons = new[] { "ItemNotReceived" }, amountLimits = new Dictionary<string, long> { ["EUR"] = 1_000_000 },
            capacity, active, workingHours = new { timeZone = "UTC", start = "00:00", end = "00:00" },
        })).StatusCode.Should().Be(HttpStatusCode.OK);

    // Opened, escalated and claimed by the mediator by hand.
    private async Task<Guid> HeldBy(string mediator)
    {
        var id = Guid.CreateVersion7();
        (await storefront.PostDispute(Requests.OpenDispute(id).With("protectionEndsAt", (Monday + Duration.FromDays(30)).ToString())))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await storefront.PostAsJsonAsync($"/disputes/{id}/escalate", new { actingAs = new { party = "Seller", id = "seller-3" }, reason = "No deal." }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await host.ClientAs(mediator, "mediator").PostAsync($"/mediation/disputes/{id}/claim", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        return id;
    }

    private Task<HttpResponseMessage> Reassign(string from, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/mediators/{from}/reassign-cases") { Content = JsonContent.Create(body) };
        if (key is not null)
            request.Headers.Add("Idempotency-Key", key);
        return admin.SendAsync(request);
    }

    private async Task<string?> MediatorOf(Guid id) => (await storefront.GetJson($"/disputes/{id}"))["mediatorId"]?.GetValue<string>();

    private static Dictionary<Guid, string> Outcomes(JsonObject result) =>
        result["items"]!.AsArray().ToDictionary(i => Guid.Parse(i!["disputeId"]!.GetValue<string>()), i => i!["outcome"]!.GetValue<string>());

    [Fact]
    public async Task Given_a_mediator_holding_cases_When_an_admin_moves_them_to_another_Then_each_is_reassigned_and_the_statistics_follow()
    {
        await Profile("m-y", capacity: 5);
        var a = await HeldBy("m-x");
        var b = await HeldBy("m-x");

        var response = await Reassign("m-x", new { toMediatorId = "m-y", reason = "m-x is ill." });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var outcomes = Outcomes(await response.Json());
        outcomes.Should().BeEquivalentTo(new Dictionary<Guid, string> { [a] = "reassigned", [b] = "reassigned" });
        (await MediatorOf(a)).Should().Be("m-y");
        (await MediatorOf(b)).Should().Be("m-y");
        var decided = await host.ClientAs("m-y", "mediator").PostAsJsonAsync($"/mediation/disputes/{a}/decision", new { decision = "FullRefund", rationale = "No delivery." });
        decided.StatusCode.Should().Be(HttpStatusCode.OK);

        await host.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(Patience.Bound);
        var auditor = host.ClientAs("auditor-1", "auditor");
        var x = await auditor.GetJson("/statistics/mediators/m-x");
        var y = await auditor.GetJson("/statistics/mediators/m-y");
        (x["claimed"]!.GetValue<long>(), x["released"]!.GetValue<long>()).Should().Be((2, 2), "both cases left m-x's hands");
        (y["claimed"]!.GetValue<long>(), y["decisions"]!.GetValue<long>()).Should().Be((2, 1), "m-y holds both and decided one");
        y["medianTimeToClaim"].Should().BeNull("a reassigned case never waited in the queue for m-y");
    }

    [Fact]
    public async Task Given_a_target_near_capacity_When_cases_are_moved_Then_the_ones_beyond_are_refused_unless_forced_and_the_rest_go()
    {
        await Profile("m-y", capacity: 1);
        var cases = new[] { await HeldBy("m-x"), await HeldBy("m-x") }.Order().ToArray();

        var result = await (await Reassign("m-x", new { toMediatorId = "m-y", reason = "Rebalancing." })).Json();

        var items = result["items"]!.AsArray();
        items[0]!["outcome"]!.GetValue<string>().Should().Be("reassigned");
        items[1]!["outcome"]!.GetValue<string>().Should().Be("refused");
        items[1]!["problemType"]!.GetValue<string>().Should().EndWith("/mediator-unavailable");
        (await MediatorOf(cases[1])).Should().Be("m-x", "a refused item stays where it was");

        var forced = await (await Reassign("m-x", new { toMediatorId = "m-y", reason = "Rebalancing.", force = true })).Json();
        Outcomes(forced).Should().BeEquivalentTo(new Dictionary<Guid, string> { [cases[1]] = "reassigned" });
    }

    [Fact]
    public async Task Given_an_idempotency_key_When_the_bulk_request_is_retried_Then_the_same_items_come_back_and_nothing_moves_twice()
    {
        await Profile("m-y", capacity: 5);
        var a = await HeldBy("m-x");
        var first = await Reassign("m-x", new { toMediatorId = "m-y", reason = "Leave." }, key: "bulk-1");
        var events = await host.Scalar<long>("select count(*) from {schema}.mt_events where type = 'case_reassigned'");

        var retry = await Reassign("m-x", new { toMediatorId = "m-y", reason = "Leave." }, key: "bulk-1");

        retry.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        var (replayed, original) = (await retry.Json(), await first.Json());
        replayed.ToJsonString().Should().Be(original.ToJsonString());
        Outcomes(replayed).Should().ContainKey(a).WhoseValue.Should().Be("reassigned");
        (await host.Scalar<long>("select count(*) from {schema}.mt_events where type = 'case_reassigned'")).Should().Be(events);
        var other = await Reassign("m-x", new { toMediatorId = "m-y", reason = "Another reason." }, key: "bulk-1");
        other.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Given_no_target_When_cases_are_returned_to_the_queue_Then_auto_assignment_takes_them_but_never_back_to_an_excluded_one()
    {
        await Profile("m-z", capacity: 5);
        var a = await HeldBy("m-x");

        var result = await (await Reassign("m-x", new { reason = "m-x left the desk." })).Json();
        Outcomes(result)[a].Should().Be("reassigned");
        (await MediatorOf(a)).Should().BeNull();
        (await storefront.GetJson($"/disputes/{a}"))["status"]!.GetValue<string>().Should().Be("AwaitingMediator");

        (await host.Services.GetRequiredService<AutoAssigner>().AssignWaitingAsync()).Assigned.Should().Be(1);
        (await MediatorOf(a)).Should().Be("m-z");
    }

    [Fact]
    public async Task Given_bad_targets_When_a_bulk_reassignment_is_asked_Then_it_is_refused_whole_and_nothing_moves()
    {
        await Profile("m-off", capacity: 5, active: false);
        var a = await HeldBy("m-x");

        (await Reassign("m-x", new { toMediatorId = "m-nobody", reason = "r" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Reassign("m-x", new { toMediatorId = "m-off", reason = "r" })).StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var invalid = await Reassign("m-x", new { toMediatorId = "m-x" });
        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await invalid.Json();
        problem.FieldErrors("reason").Should().NotBeEmpty();
        problem.FieldErrors("toMediatorId").Should().NotBeEmpty();
        (await MediatorOf(a)).Should().Be("m-x");
        (await host.ClientAs("m-x", "mediator").PostAsJsonAsync("/admin/mediators/m-x/reassign-cases", new { reason = "r" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
