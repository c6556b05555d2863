using System.Diagnostics;
using System.Net;
using Disputes.Deadlines.Scheduling;
using Disputes.Webhooks.Delivery;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Disputes.IntegrationTests.Operations;

// Every instance's scheduler and dispatcher look for work on every wakeup; a root trace per look would bury the traces
// that matter. What a look finds is traced, under the span of the work it becomes.
public sealed class IdlePolling
{
    [Fact]
    public async Task Given_idle_workers_on_existing_tables_When_they_look_for_work_Then_no_look_starts_a_trace()
    {
        const string schema = "idle_polling";
        await TestHost.DropSchema(schema);
        var roots = new RootQueries(schema);
        await using var host = new TracedHost(schema, roots);
        var id = Guid.Parse("0199f500-0000-7000-8000-000000000001");
        var opened = Requests.OpenDispute(id)
            .With("protectionEndsAt", NodaTime.Text.InstantPattern.General.Format(SystemClock.Instance.GetCurrentInstant() + Duration.FromDays(30)));
        (await host.CreateClient().PostDispute(opened)).StatusCode.Should().Be(HttpStatusCode.Created, "the first commit creates both tables");

        var scheduler = host.Services.GetRequiredService<SchedulerState>();
        var dispatcher = host.Services.GetRequiredService<WebhookDispatcherState>();
        roots.Clear();
        var (schedulerRuns, since) = (scheduler.Runs, SystemClock.Instance.GetCurrentInstant());
        // Two whole runs of each after the tables existed; nothing is due and nobody is subscribed, so each run is a look.
        await Patience.Until(
            () => Task.FromResult(scheduler.Runs >= schedulerRuns + 2 && dispatcher.LastRunAt > since + Duration.FromMilliseconds(1)),
            "both workers coming round");

        roots.Seen.Should().BeEmpty();
    }

    // The app's tracing as configured (sampler, suppression), plus a processor that keeps what would be exported.
    private sealed class TracedHost(string schema, RootQueries roots) : TestHost(new TestHostOptions(schema)
    {
        Scheduler = true,
        Webhooks = true,
        Settings = new Dictionary<string, string?>
        {
            ["Disputes:Scheduler:MaxIdle"] = "00:00:00.100",
            ["Disputes:Webhooks:MaxIdle"] = "00:00:00.100",
        },
    })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(roots)));
        }
    }

    // Npgsql spans without a parent that touch this schema's deadline or outbox table.
    private sealed class RootQueries(string schema) : BaseProcessor<Activity>
    {
        private readonly Lock gate = new();
        private readonly List<string> seen = [];

        public IReadOnlyList<string> Seen
        {
            get
            {
                lock (gate)
                    return [.. seen];
            }
        }

        public void Clear()
        {
            lock (gate)
                seen.Clear();
        }

        public override void OnEnd(Activity activity)
        {
            if (activity.Source.Name != "Npgsql" || activity.ParentSpanId != default)
                return;
            var sql = string.Join(" ", activity.TagObjects.Select(t => t.Value as string));
            if (sql.Contains($"\"{schema}\".dispute_deadlines", StringComparison.Ordinal) || sql.Contains($"\"{schema}\".webhook_outbox", StringComparison.Ordinal))
                lock (gate)
                    seen.Add(sql);
        }
    }
}
