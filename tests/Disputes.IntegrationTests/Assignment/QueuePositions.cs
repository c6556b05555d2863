using System.Net;
using System.Net.Http.Json;
using Disputes.Api.Assignment;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Assignment;

// GET /disputes/{id}/queue with a measured time to claim (the async mediator statistics): position among the waiting
// cases the same pool could take, expected wait = position × median time to claim ÷ pool while someone is on shift.
public sealed class QueuePositions : IAsyncLifetime
{
    private static readonly Instant Monday = DeskHost.Monday;
    private readonly FakeClock clock = new(Monday);
    private readonly TestHost host;
    private readonly HttpClient storefront;

    public QueuePositions()
    {
        host = DeskHost.Create("queue", clock, "Solo");
        storefront = host.ClientAs("storefront-1", "storefront");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await TestHost.DropSchema(host.Schema);
    }

    private async Task Profile(string id, string language) =>
        (await host.ClientAs("admin-1", "admin").PutAsJsonAsync($"/admin/mediators/{id}", new
        {
            languages = new[] { language }, reasons = new[] { "ItemNotReceived" }, amountLimits = new Dictionary<string, long> { ["EUR"] = 1_000_000 },
            capacity = 1, active = true, workingHours = new { timeZone = "UTC", start = "00:00", end = "00:00" },
        })).StatusCode.Should().Be(HttpStatusCode.OK);

    private async Task<Guid> Escalated(string language)
    {
        var id = Guid.CreateVersion7();
        (await storefront.PostDispute(Requests.OpenDispute(id).With("language", language).With("protectionEndsAt", (Monday + Duration.FromDays(30)).ToString())))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await storefront.PostAsJsonAsync($"/disputes/{id}/escalate", new { actingAs = new { party = "Seller", id = "seller-3" }, reason = "No deal." }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        return id;
    }

    [Fact]
    public async Task Given_a_measured_time_to_claim_When_cases_wait_Then_position_counts_only_the_same_pool_and_the_wait_follows_the_formula()
    {
        await Profile("m-en", "en");
        await Profile("m-ru", "ru");
        var assigner = host.Services.GetRequiredService<AutoAssigner>();
        // Both seats fill after 20 minutes of waiting: each mediator's measured time to claim.
        await Escalated("en");
        await Escalated("ru");
        clock.Advance(Duration.FromMinutes(20));
        (await assigner.AssignWaitingAsync()).Assigned.Should().Be(2);
        await host.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(Patience.Bound);

        var firstEnglish = await Escalated("en");
        var russian = await Escalated("ru");
        var secondEnglish = await Escalated("en");
        (await assigner.AssignWaitingAsync()).Waiting.Should().Be(3);

        var first = await storefront.GetJson($"/disputes/{firstEnglish}/queue");
        var second = await storefront.GetJson($"/disputes/{secondEnglish}/queue");
        var other = await storefront.GetJson($"/disputes/{russian}/queue");
        (first["position"]!.GetValue<int>(), first["expectedWait"]!.GetValue<string>()).Should().Be((1, "PT20M"));
        // The Russian case in between is not ahead of it: nobody who could take this one could take that one.
        (second["position"]!.GetValue<int>(), second["expectedWait"]!.GetValue<string>()).Should().Be((2, "PT40M"));
        (second["pool"]!.GetValue<int>(), second["onShift"]!.GetValue<int>()).Should().Be((1, 1));
        second["nextShiftAt"].Should().BeNull("someone of the pool is on shift");
        (other["position"]!.GetValue<int>(), other["expectedWait"]!.GetValue<string>()).Should().Be((1, "PT20M"));
    }
}
