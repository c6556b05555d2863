using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Disputes.Deadlines.Scheduling;
using Disputes.Webhooks.Delivery;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Disputes.IntegrationTests.Operations;

// The deadline and outbox tables are created by Marten with the first write (development, tests) or by `schema apply`
// (production). The workers never create them: until the first write there is nothing to do, and where the schema is
// not created lazily a missing table is a broken deployment that fails their runs, which readiness then reports.
public sealed class MissingTables
{
    private static readonly Dictionary<string, string?> Polling = new()
    {
        ["Disputes:Scheduler:MaxIdle"] = "00:00:00.100",
        ["Disputes:Webhooks:MaxIdle"] = "00:00:00.100",
    };

    private static async Task<TestHost> Host(string schema, bool fresh = true, params (string Key, string Value)[] more)
    {
        if (fresh)
            await TestHost.DropSchema(schema);
        var settings = new Dictionary<string, string?>(Polling);
        foreach (var (key, value) in more)
            settings[key] = value;
        var host = new TestHost(new TestHostOptions(schema) { Scheduler = true, Webhooks = true, Settings = settings });
        _ = host.Services;
        return host;
    }

    [Fact]
    public async Task Given_a_schema_created_lazily_and_not_written_yet_When_the_workers_and_operators_look_Then_there_is_nothing_to_do_and_no_table_is_created()
    {
        await using var host = await Host("missing_tables_lazy");
        var scheduler = host.Services.GetRequiredService<SchedulerState>();
        var dispatcher = host.Services.GetRequiredService<WebhookDispatcherState>();
        await Patience.Until(() => Task.FromResult(scheduler.Runs >= 2 && dispatcher.Runs >= 2), "both workers coming round");

        var admin = host.ClientAs("ops-1", "admin");
        var deadlines = (await admin.GetFromJsonAsync<JsonObject>("/diagnostics/scheduler"))!;
        var webhooks = (await admin.GetFromJsonAsync<JsonObject>("/diagnostics/webhooks"))!;

        (deadlines["scheduled"]!.GetValue<long>(), deadlines["claims"]!.AsArray().Count).Should().Be((0, 0));
        (webhooks["backlog"]!["pending"]!.GetValue<long>(), webhooks["claims"]!.AsArray().Count).Should().Be((0, 0));
        (scheduler.ConsecutiveFailures, dispatcher.ConsecutiveFailures).Should().Be((0, 0));
        (await host.Scalar<bool>("select to_regclass('{schema}.dispute_deadlines') is null and to_regclass('{schema}.webhook_outbox') is null"))
            .Should().BeTrue("a look creates nothing; the first write does");
    }

    [Fact]
    public async Task Given_a_schema_not_created_lazily_that_lost_its_tables_When_the_workers_look_Then_their_runs_fail_saying_so()
    {
        const string schema = "missing_tables_strict";
        await TestHost.DropSchema(schema);
        // Complete, as `schema apply` leaves it, so an instance that never changes the schema may start on it.
        await using (var migrating = new TestHost(new TestHostOptions(schema)))
            await migrating.Services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using var host = await Host(schema, fresh: false, ("Disputes:Migrations:AutoCreate", "None"));
        var scheduler = host.Services.GetRequiredService<SchedulerState>();
        var dispatcher = host.Services.GetRequiredService<WebhookDispatcherState>();
        await Patience.Until(() => Task.FromResult(scheduler.Runs >= 1 && dispatcher.Runs >= 1), "both workers coming round");

        await host.Sql("drop table {schema}.dispute_deadlines; drop table {schema}.webhook_outbox cascade");

        await Patience.Until(() => Task.FromResult(scheduler.ConsecutiveFailures >= 1 && dispatcher.ConsecutiveFailures >= 1), "both workers failing");
        scheduler.LastError.Should().Contain("dispute_deadlines").And.Contain("does not exist");
        dispatcher.LastError.Should().Contain("webhook_outbox").And.Contain("does not exist");
    }
}
