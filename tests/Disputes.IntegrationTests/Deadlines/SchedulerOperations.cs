using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Disputes.Deadlines.Scheduling;
using Disputes.Domain;
using Disputes.Hosting.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Deadlines;

// What operators see and configure: the hosted loop's wakeups, the lag metric, diagnostics, readiness,
// and policy clocks from configuration. Waits here poll for an outcome with a deadline; none sleeps a fixed time.
public sealed class SchedulerOperations
{
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 20, 10, 0);

    private static async Task<DeadlineHost> Host(string schema, Dictionary<string, string?>? settings = null)
    {
        await DeadlineHost.DropSchema(schema);
        var host = new DeadlineHost(schema, new FakeClock(Start), settings);
        _ = host.Services;
        return host;
    }

    private static async Task Eventually(Func<Task<bool>> condition, string what, HttpClient? client = null)
    {
        var until = DateTime.UtcNow + Patience.Bound;
        while (!await condition())
        {
            if (DateTime.UtcNow > until && client is not null)
                throw new TimeoutException($"{what}: {(await Diagnostics(client)).ToJsonString()}");
            DateTime.UtcNow.Should().BeBefore(until, $"{what} should happen within {Patience.Bound}");
            await Task.Delay(25);
        }
    }

    private static async Task<JsonObject> Diagnostics(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonObject>("/diagnostics/scheduler"))!;

    [Fact]
    public async Task Given_the_hosted_loop_When_a_nearer_deadline_is_committed_Then_it_plans_to_wake_for_it_and_fires_it()
    {
        await using var host = await Host("scheduler_loop", new()
        {
            ["Disputes:Scheduler:Enabled"] = "true",
            ["Disputes:Scheduler:MaxIdle"] = "01:00:00",
            ["Disputes:Policy:Version"] = "loop-minutes",
            ["Disputes:Policy:SellerResponse"] = "PT10M",
            ["Disputes:Policy:NegotiationLimit"] = "PT2H",
        });
        var client = host.ClientAs("ops-1", "admin");
        var steps = new Lifecycle(host);
        await Eventually(async () => (await Diagnostics(client))["plannedWakeAt"]?.GetValue<string>() == "2026-11-20T11:00:00Z",
            "an idle loop planning its bounded wakeup", client);
        var runsWhileIdle = (await Diagnostics(client))["runs"]!.GetValue<long>();

        var id = await steps.Open(Guid.Parse("0199f100-0000-7000-8000-000000000001"));
        // The commit woke the loop (its planned look was an hour away): it now plans for the new deadline.
        await Eventually(async () => (await Diagnostics(client))["plannedWakeAt"]?.GetValue<string>() == "2026-11-20T10:10:00Z",
            "the loop re-planning for the nearer deadline", client);
        (await Diagnostics(client))["runs"]!.GetValue<long>().Should().BeGreaterThan(runsWhileIdle);

        host.Clock.Advance(Duration.FromMinutes(10) + Duration.FromSeconds(1));
        host.Services.GetRequiredService<DeadlineSignal>().Poke();
        await Eventually(async () => Lifecycle.Status(await steps.Get(id)) == "RefundPending", "the seller deadline firing");

        var diagnostics = await Diagnostics(client);
        diagnostics["status"]!.GetValue<string>().Should().Be("Running");
        diagnostics["expired"]!.GetValue<long>().Should().Be(1);
        // A handful of looks, not a spin: one at start, one per wakeup.
        diagnostics["runs"]!.GetValue<long>().Should().BeLessThan(10);
        diagnostics["lastLag"]!.GetValue<string>().Should().Be("0:00:01");
    }

    [Fact]
    public async Task Given_overdue_deadlines_When_diagnosed_and_drained_Then_backlog_oldest_due_and_lag_are_reported()
    {
        await using var host = await Host("scheduler_diagnostics");
        var client = host.ClientAs("ops-1", "admin");
        var lags = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SchedulerMetrics.MeterName && instrument.Name == SchedulerMetrics.LagName)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => { lock (lags) lags.Add(value); });
        listener.Start();
        await host.SeedOpenDisputes(3, Start, prefix: "0199f200");

        host.Clock.Advance(Duration.FromDays(6));
        var before = await Diagnostics(client);

        before["dueBacklog"]!.GetValue<long>().Should().Be(3);
        before["oldestOverdueDueAt"]!.GetValue<string>().Should().Be("2026-11-25T10:00:00Z");
        before["oldestOverdueLag"]!.GetValue<string>().Should().Be("24:00:00");
        before["status"]!.GetValue<string>().Should().Be("Disabled");

        await host.Scheduler.DrainDueAsync();
        var after = await Diagnostics(client);

        after["dueBacklog"]!.GetValue<long>().Should().Be(0);
        after["lastLag"]!.GetValue<string>().Should().Be("24:00:00");
        after["nextDueAt"].Should().BeNull();
        lock (lags)
            lags.Should().Contain(TimeSpan.FromDays(1).TotalSeconds);
    }

    [Fact]
    public async Task Given_a_scheduler_that_stopped_When_readiness_is_asked_Then_the_instance_is_not_ready()
    {
        await using var host = await Host("scheduler_readiness", new() { ["Disputes:Scheduler:Enabled"] = "true" });
        var client = host.CreateClient();
        await Eventually(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "a ready instance");

        var loop = host.Services.GetServices<IHostedService>().OfType<WorkerLoop<DeadlineScheduler>>().Single();
        await loop.StopAsync(CancellationToken.None);

        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_policy_clocks_in_configuration_When_a_dispute_opens_Then_its_deadline_uses_them()
    {
        await using var host = await Host("scheduler_policy_config", new()
        {
            ["Disputes:Policy:Version"] = "demo-seconds",
            ["Disputes:Policy:SellerResponse"] = "PT30S",
            ["Disputes:Policy:NegotiationLimit"] = "PT2M",
        });
        var steps = new Lifecycle(host);
        var id = await steps.Open(Guid.Parse("0199f300-0000-7000-8000-000000000001"));
        var view = await steps.Get(id);
        view["policyVersion"]!.GetValue<string>().Should().Be("demo-seconds");

        host.Clock.Advance(Duration.FromSeconds(31));
        await host.Scheduler.DrainDueAsync();

        Lifecycle.Status(await steps.Get(id)).Should().Be("RefundPending");
    }

    [Fact]
    public async Task Given_a_dispute_opened_under_a_policy_When_the_configuration_changes_Then_it_keeps_the_rules_it_opened_under()
    {
        var demo = await Host("scheduler_policy_history", new()
        {
            ["Disputes:Policy:Version"] = "demo-seconds",
            ["Disputes:Policy:SellerResponse"] = "PT30S",
            ["Disputes:Policy:NegotiationLimit"] = "PT2M",
        });
        var early = Guid.Parse("0199f300-0000-7000-8000-000000000002");
        await new Lifecycle(demo).Open(early);
        await demo.DisposeAsync();

        // The same database, restarted with the default policy: the demo version is no longer configured.
        await using var later = new DeadlineHost("scheduler_policy_history", demo.Clock);
        var steps = new Lifecycle(later);
        var recent = await steps.Open(Guid.Parse("0199f300-0000-7000-8000-000000000003"));
        (await steps.Get(recent))["policyVersion"]!.GetValue<string>().Should().Be(DisputePolicy.Default.Version);

        later.Clock.Advance(Duration.FromSeconds(31));
        await later.Scheduler.DrainDueAsync();

        var kept = await steps.Get(early);
        kept["policyVersion"]!.GetValue<string>().Should().Be("demo-seconds");
        Lifecycle.Status(kept).Should().Be("RefundPending", "its 30-second seller clock is still the rule for it");
        Lifecycle.Status(await steps.Get(recent)).Should().Be("AwaitingSellerResponse");
    }
}
