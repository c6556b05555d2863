using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Disputes.Webhooks.Reminders;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Webhooks;

// DeadlineApproaching reminders through the real API, reminder worker, outbox, dispatcher and a receiver on loopback,
// on a fake clock the test moves. The seller's first response (5 days) is due just after Europe/Berlin springs forward
// (Sunday 28 March 2027, 02:00 CET → 03:00 CEST), so the 1-day reminder goes out in winter time about a summer-time
// instant. Each test owns a schema named after it.
public sealed class Reminders
{
    private static readonly Instant OpenedAt = Instant.FromUtc(2027, 3, 23, 1, 30);
    private static readonly Instant DueAt = OpenedAt + Duration.FromDays(5);
    private static readonly Guid Russian = Guid.Parse("0199d100-0000-7000-8000-000000000001");
    private static readonly Guid English = Guid.Parse("0199d100-0000-7000-8000-000000000002");
    private static readonly Guid Met = Guid.Parse("0199d100-0000-7000-8000-000000000003");

    private static TestHost Host(string schema, FakeClock clock) => new(new TestHostOptions(schema)
    {
        Clock = clock,
        Webhooks = true,
        Settings = new Dictionary<string, string?>
        {
            ["Disputes:Reminders:LeadTimes"] = "P1D,PT2H",
            ["Disputes:Webhooks:FirstRetryDelay"] = "00:00:00.020",
            ["Disputes:Webhooks:MaxRetryDelay"] = "00:00:00.100",
            ["Disputes:Webhooks:AttemptTimeout"] = "00:01:00",
            ["Disputes:Webhooks:Lease"] = "00:02:00",
            ["Disputes:Webhooks:MaxIdle"] = "00:00:00.100",
        },
    });

    private static ReminderWorker Worker(TestHost host) => host.Services.GetRequiredService<ReminderWorker>();

    private static async Task Open(TestHost host, FakeClock clock, Guid id, string seller) =>
        await Ok(host.CreateClient().PostDispute(Requests.OpenDispute(id).With("sellerId", seller)
            .With("protectionEndsAt", NodaTime.Text.InstantPattern.General.Format(clock.GetCurrentInstant() + Duration.FromDays(30)))), HttpStatusCode.Created);

    private static async Task Prefer(TestHost host, string seller, string language, string zone)
    {
        var response = await host.CreateClient().PutAsJsonAsync($"/preferences/sellers/{seller}", new JsonObject { ["language"] = language, ["timeZone"] = zone });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task Subscribe(TestHost host, Receiver receiver)
    {
        var response = await host.ClientAs("ops-1", "admin").PostAsJsonAsync("/webhooks/subscriptions", new JsonObject
        {
            ["url"] = receiver.Url,
            ["eventTypes"] = new JsonArray("DeadlineApproaching"),
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_a_clock_due_after_a_DST_change_When_the_clock_passes_each_lead_time_Then_each_reminder_arrives_once_rendered_for_its_recipient()
    {
        const string schema = "webhooks_reminders_dst";
        var clock = new FakeClock(OpenedAt);
        await TestHost.DropSchema(schema);
        await using var receiver = await Receiver.Start();
        var host = Host(schema, clock);
        await Subscribe(host, receiver);
        await Prefer(host, "seller-ru", "ru-RU", "Europe/Berlin");
        await Prefer(host, "seller-en", "en-GB", "Europe/Berlin");
        await Open(host, clock, Russian, "seller-ru");
        await Open(host, clock, English, "seller-en");
        await Open(host, clock, Met, "seller-en");

        clock.Advance(Duration.FromDays(4) - Duration.FromSeconds(1));
        (await Worker(host).DrainAsync()).Queued.Should().Be(0, "no lead time has begun");
        // The third seller answers before the reminder: the met clock takes its reminders with it.
        await For(host).MakeOffer(Met, "PartialRefund", 2000, "Half back, keep the item.", sellerId: "seller-en");
        clock.Advance(Duration.FromSeconds(1));

        var dayBefore = await Worker(host).DrainAsync();

        dayBefore.Should().Be(new ReminderResult(Due: 2, Queued: 2, Dropped: 0));
        await Eventually.Holds(() => receiver.Deliveries.Count == 2, "the two 1-day reminders delivered");
        var russian = Data(receiver, Russian).Single();
        russian["kind"]!.GetValue<string>().Should().Be("SellerResponse");
        russian["rule"]!.GetValue<string>().Should().Be("seller-first-response");
        russian["leadTime"]!.GetValue<string>().Should().Be("P1D");
        russian["dueAt"]!.GetValue<string>().Should().Be("2027-03-28T01:30:00Z");
        russian["at"]!.GetValue<string>().Should().Be("2027-03-27T01:30:00Z");
        russian["recipient"]!["kind"]!.GetValue<string>().Should().Be("Seller");
        russian["recipient"]!["id"]!.GetValue<string>().Should().Be("seller-ru");
        var local = russian["local"]!;
        local["timeZone"]!.GetValue<string>().Should().Be("Europe/Berlin");
        local["dueAt"]!.GetValue<string>().Should().Be("2027-03-28T03:30:00+02:00", "due in summer time");
        local["remindAt"]!.GetValue<string>().Should().Be("2027-03-27T02:30:00+01:00", "sent in winter time");
        local["offset"]!.GetValue<string>().Should().Be("UTC+02:00");
        local["language"]!.GetValue<string>().Should().Be("ru");
        local["text"]!.GetValue<string>().Should().Be("Ответьте до 03:30, воскресенье, 28 марта 2027 г. (Europe/Berlin, UTC+02:00)");
        Data(receiver, English).Single()["local"]!["text"]!.GetValue<string>()
            .Should().Be("Respond by Sunday, 28 March 2027, 03:30 (Europe/Berlin, UTC+02:00)");
        var first = receiver.Deliveries.Single(d => d.DisputeId == Russian);
        first.EventType.Should().Be("DeadlineApproaching");
        first.Json["type"]!.GetValue<string>().Should().Be("DeadlineApproaching");
        first.Version.Should().Be(await host.Scalar<long>("select max(version) from {schema}.mt_events where stream_id = $1", Russian),
            "the version of the state the reminder was computed from");

        (await Worker(host).DrainAsync()).Should().Be(ReminderResult.None, "a sent reminder is not sent again");
        // A restarted instance finds nothing left to send either.
        await host.DisposeAsync();
        host = Host(schema, clock);
        (await Worker(host).DrainAsync()).Queued.Should().Be(0);

        clock.Advance(Duration.FromHours(22));
        var twoHoursBefore = await Worker(host).DrainAsync();

        twoHoursBefore.Queued.Should().Be(2);
        await Eventually.Holds(() => receiver.Deliveries.Count == 4, "the two 2-hour reminders delivered");
        var late = Data(receiver, Russian).Single(d => d["leadTime"]!.GetValue<string>() == "PT2H");
        late["local"]!["remindAt"]!.GetValue<string>().Should().Be("2027-03-28T00:30:00+01:00");
        late["local"]!["dueAt"]!.GetValue<string>().Should().Be("2027-03-28T03:30:00+02:00");

        clock.Advance(Duration.FromDays(1));
        (await Worker(host).DrainAsync()).Queued.Should().Be(0);
        receiver.Deliveries.Should().HaveCount(4);
        receiver.Deliveries.Select(d => d.Id).Should().OnlyHaveUniqueItems();
        receiver.Deliveries.Should().NotContain(d => d.DisputeId == Met, "the seller of the met clock answered in time");
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Given_two_instances_When_both_drain_the_same_due_reminders_at_once_Then_each_is_queued_once()
    {
        const string schema = "webhooks_reminders_two_instances";
        var clock = new FakeClock(OpenedAt);
        await TestHost.DropSchema(schema);
        await using var receiver = await Receiver.Start();
        await using var a = Host(schema, clock);
        await using var b = Host(schema, clock);
        await Subscribe(a, receiver);
        var disputes = Enumerable.Range(1, 20).Select(i => Guid.Parse($"0199d200-0000-7000-8000-{i:D12}")).ToList();
        foreach (var id in disputes)
            await Open(a, clock, id, "seller-3");

        clock.Advance(Duration.FromDays(4));
        var results = await Task.WhenAll(Worker(a).DrainAsync(), Worker(b).DrainAsync());

        results.Sum(r => r.Queued).Should().Be(20);
        await Eventually.Holds(() => receiver.Deliveries.Count == 20, "every reminder delivered");
        receiver.Deliveries.Select(d => d.DisputeId).Should().BeEquivalentTo(disputes);
        // Without a preference: English and UTC.
        receiver.Deliveries[0].Json["data"]!["local"]!["text"]!.GetValue<string>()
            .Should().Be("Respond by Sunday, 28 March 2027, 01:30 (UTC, UTC+00:00)");
        (await a.Scalar<long>("select count(*) from {schema}.deadline_reminders where kind = 'SellerResponse' and lead_ns = $1",
            Duration.FromDays(1).ToInt64Nanoseconds())).Should().Be(0);
    }

    [Fact]
    public async Task Given_a_subscriber_to_everything_When_a_reminder_is_queued_behind_the_disputes_events_Then_it_arrives_after_the_event_of_its_version()
    {
        const string schema = "webhooks_reminders_order";
        var clock = new FakeClock(OpenedAt);
        await TestHost.DropSchema(schema);
        await using var receiver = await Receiver.Start();
        await using var host = Host(schema, clock);
        var admin = host.ClientAs("ops-1", "admin");
        var created = await admin.PostAsJsonAsync("/webhooks/subscriptions", new JsonObject { ["url"] = receiver.Url, ["eventTypes"] = new JsonArray("*") });
        var subscription = (await created.Json())["id"]!.GetValue<Guid>();
        (await admin.PostAsync($"/webhooks/subscriptions/{subscription}/pause", null)).EnsureSuccessStatusCode();
        await Open(host, clock, Russian, "seller-3");
        var events = await host.Scalar<long>("select count(*) from {schema}.mt_events where stream_id = $1", Russian);

        clock.Advance(Duration.FromDays(4));
        (await Worker(host).DrainAsync()).Queued.Should().Be(1);
        (await admin.PostAsync($"/webhooks/subscriptions/{subscription}/resume", null)).EnsureSuccessStatusCode();

        await Eventually.Holds(() => receiver.Deliveries.Count == events + 1, "the events and the reminder delivered");
        receiver.Deliveries.Select(d => d.EventType).Should().EndWith("DeadlineApproaching");
        receiver.Deliveries.Select(d => d.Version).Should().BeInAscendingOrder().And.EndWith([events, events]);
    }

    private static List<JsonObject> Data(Receiver receiver, Guid dispute) =>
        [.. receiver.Deliveries.Where(d => d.DisputeId == dispute).Select(d => d.Json["data"]!.AsObject())];
}
