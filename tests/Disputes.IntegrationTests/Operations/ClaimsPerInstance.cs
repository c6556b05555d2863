using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Disputes.Deadlines.Scheduling;
using Disputes.Hosting.Workers;
using Disputes.IntegrationTests.Deadlines;
using Disputes.IntegrationTests.Webhooks;
using Disputes.Webhooks.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Operations;

// An instance that dies holding claims leaves them hidden from the others until the lease runs out. The
// diagnostics of any surviving instance say whose claims they are and when each instance's leases end.
public sealed class ClaimsPerInstance
{
    private static readonly Instant OpenedAt = Instant.FromUtc(2026, 11, 20, 10, 0);

    private static Dictionary<string, string?> Named(string instance, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Disputes:Instance:Id"] = instance };
        foreach (var (key, value) in more)
            settings[key] = value;
        return settings;
    }

    private static async Task<JsonObject> Diagnostics(HttpClient admin, string what) =>
        (await admin.GetFromJsonAsync<JsonObject>($"/diagnostics/{what}"))!;

    private static List<(string Instance, bool ThisInstance, long Claims, string First, string Last)> Claims(JsonObject diagnostics) =>
        [.. diagnostics["claims"]!.AsArray().Select(c => ((string)c!["instance"]!, (bool)c["thisInstance"]!, (long)c["claims"]!,
            (string)c["leaseEndsFirst"]!, (string)c["leaseEndsLast"]!))];

    [Fact]
    public async Task Given_an_instance_that_died_holding_deadline_claims_When_another_is_diagnosed_Then_it_names_the_dead_one_and_when_its_leases_end()
    {
        const string schema = "claims_per_instance_deadlines";
        await DeadlineHost.DropSchema(schema);
        var clock = new FakeClock(OpenedAt);
        var survivor = new DeadlineHost(schema, clock, Named("api-b"));
        await using var _ = survivor;
        await using (var doomed = new DeadlineHost(schema, clock, Named("api-a")))
        {
            await doomed.SeedOpenDisputes(3, OpenedAt, prefix: "0199f300");
            clock.Advance(Duration.FromDays(6));
            var name = doomed.Services.GetRequiredService<SchedulerState>().Instance;
            name.Should().Be("api-a");
            // What the scheduler's first step does; the instance then dies before firing anything.
            (await doomed.Services.GetRequiredService<DeadlineQueue>().ClaimAsync(clock.GetCurrentInstant(), 2, Duration.FromMinutes(2), name, CancellationToken.None))
                .Should().HaveCount(2);
        }

        var diagnostics = await Diagnostics(survivor.ClientAs("ops-1", "admin"), "scheduler");

        diagnostics["instance"]!.GetValue<string>().Should().Be("api-b");
        Claims(diagnostics).Should().Equal(("api-a", false, 2L, "2026-11-26T10:02:00Z", "2026-11-26T10:02:00Z"));
        diagnostics["claimed"]!.GetValue<long>().Should().Be(2);
        diagnostics["dueBacklog"]!.GetValue<long>().Should().Be(3);

        // The survivor's own claim shows as its own, beside the dead instance's.
        await survivor.Services.GetRequiredService<DeadlineQueue>()
            .ClaimAsync(clock.GetCurrentInstant(), 5, Duration.FromMinutes(1), "api-b", CancellationToken.None);
        Claims(await Diagnostics(survivor.ClientAs("ops-1", "admin"), "scheduler")).Should().BeEquivalentTo(new[]
        {
            ("api-a", false, 2L, "2026-11-26T10:02:00Z", "2026-11-26T10:02:00Z"),
            ("api-b", true, 1L, "2026-11-26T10:01:00Z", "2026-11-26T10:01:00Z"),
        });

        // Once the lease has run out the rows are anybody's again: no instance holds them.
        clock.Advance(Duration.FromMinutes(3));
        Claims(await Diagnostics(survivor.ClientAs("ops-1", "admin"), "scheduler")).Should().BeEmpty();
    }

    [Fact]
    public void Given_no_configured_id_When_an_instance_names_itself_Then_host_process_and_start_time_and_a_bad_id_is_refused()
    {
        var id = new InstanceIdentity(Options.Create(new InstanceOptions { Id = "" })).Id;
        id.Should().MatchRegex($"^{System.Text.RegularExpressions.Regex.Escape(Environment.MachineName)}/{Environment.ProcessId}/[0-9]{{8}}T[0-9]{{6}}Z$");
        new InstanceIdentity(Options.Create(new InstanceOptions())).Id.Should().Be(id, "one process has one name");

        var validation = new InstanceOptionsValidation();
        validation.Validate(null, new InstanceOptions { Id = "api-7" }).Succeeded.Should().BeTrue();
        validation.Validate(null, new InstanceOptions { Id = "api\n7" }).FailureMessage.Should().Contain("Disputes:Instance:Id");
        validation.Validate(null, new InstanceOptions { Id = new string('x', 101) }).Failed.Should().BeTrue();
    }

    [Fact]
    public async Task Given_an_instance_that_died_holding_a_webhook_claim_When_another_is_diagnosed_Then_it_names_the_dead_one()
    {
        const string schema = "claims_per_instance_webhooks";
        await using var receiver = await Receiver.Start();
        var off = ("Disputes:Webhooks:Enabled", "false");
        await using var survivor = await WebhookHost.Start(schema, Named("api-b", off));
        await survivor.Subscribe(receiver);
        await new Steps(survivor).Open(Guid.Parse("0199f400-0000-7000-8000-000000000001"));
        var claimedAfter = SystemClock.Instance.GetCurrentInstant();
        await using (var doomed = new WebhookHost(schema, Named("api-a", off)))
        {
            var name = doomed.Services.GetRequiredService<WebhookDispatcherState>().Instance;
            name.Should().Be("api-a");
            (await doomed.Services.GetRequiredService<WebhookOutbox>().ClaimAsync(SystemClock.Instance.GetCurrentInstant(), 10, Duration.FromHours(1), name, CancellationToken.None))
                .Should().ContainSingle("a dispute's notifications go one at a time");
        }

        var diagnostics = await Diagnostics(survivor.AdminClient(), "webhooks");

        diagnostics["instance"]!.GetValue<string>().Should().Be("api-b");
        var claim = Claims(diagnostics).Should().ContainSingle().Which;
        (claim.Instance, claim.ThisInstance, claim.Claims).Should().Be(("api-a", false, 1L));
        // Claimed at some instant after claimedAfter, for an hour (the store keeps microseconds).
        claim.First.Should().Be(claim.Last);
        Instant.FromDateTimeOffset(DateTimeOffset.Parse(claim.First)).Should().BeGreaterThan(claimedAfter + Duration.FromHours(1) - Duration.FromMilliseconds(1));
    }
}
