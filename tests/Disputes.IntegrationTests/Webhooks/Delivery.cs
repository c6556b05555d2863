using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Disputes.IntegrationTests.Webhooks;

// Notifications reach a real receiver on loopback, in order per dispute, through failures, and end in the
// dead-letter list when the receiver never recovers. Each test owns a schema named after it.
public sealed class Delivery
{
    private static readonly Guid First = Guid.Parse("0199c100-0000-7000-8000-000000000001");
    private static readonly Guid Second = Guid.Parse("0199c100-0000-7000-8000-000000000002");

    [Fact]
    public async Task Given_a_receiver_that_fails_3_times_When_two_disputes_move_Then_it_gets_every_notification_in_order_per_dispute()
    {
        await using var receiver = await Receiver.Start();
        receiver.Respond = seen => seen < 3 ? HttpStatusCode.InternalServerError : HttpStatusCode.OK;
        await using var host = await WebhookHost.Start("webhooks_flaky_receiver");
        await host.Subscribe(receiver);
        var steps = new Steps(host);

        foreach (var id in new[] { First, Second })
            await steps.Open(id);
        await steps.OfferPartialRefund(First);
        await steps.Message(Second, 1);
        await steps.AcceptOffer(First);
        await steps.Message(Second, 2);
        var owed = await host.Events(First, Second);

        await Eventually.Holds(() => receiver.HasAll(owed), "every notification accepted");

        receiver.ShouldBeInOrderAndComplete(owed);
        receiver.Requests.Should().HaveCount(owed.Count + 3, "the three failures were retried, nothing else was sent twice");
        receiver.Requests.Where(r => !r.Accepted).Should().HaveCount(3);
        // The retried ones came again under the same id, counting their attempts.
        foreach (var failed in receiver.Requests.Where(r => !r.Accepted))
            receiver.Deliveries.Single(r => r.Id == failed.Id).Attempt.Should().BeGreaterThan(failed.Attempt);
        owed.Select(e => e.Type).Should().Contain(["DisputeOpened", "SellerOfferMade", "BuyerAcceptedOffer", "RefundRequested", "MessagePosted"]);
        // The receiver saw the last 2xx a moment before the dispatcher deletes its row.
        await Eventually.Holds(async () => (await host.Rows("select id from {schema}.webhook_outbox")).Count == 0, "delivered notifications leaving the outbox");
    }

    [Fact]
    public async Task Given_a_receiver_that_never_succeeds_When_attempts_run_out_Then_the_notification_is_dead_lettered_and_redelivered_on_request()
    {
        await using var receiver = await Receiver.Start();
        receiver.Respond = _ => HttpStatusCode.ServiceUnavailable;
        await using var host = await WebhookHost.Start("webhooks_dead_letter", new Dictionary<string, string?> { ["Disputes:Webhooks:MaxAttempts"] = "3" });
        var subscription = await host.Subscribe(receiver);
        var admin = host.AdminClient();
        var steps = new Steps(host);
        await steps.Open(First);
        await steps.Message(First, 1);
        var owed = await host.Events(First);

        await Eventually.Holds(async () => (await DeadLetters(admin)).Count == 1, "the first notification dead-lettered");

        var dead = (await DeadLetters(admin)).Single()!.AsObject();
        dead["disputeId"]!.GetValue<Guid>().Should().Be(First);
        dead["version"]!.GetValue<long>().Should().Be(1);
        dead["type"].Should().BeNull("the view names it eventType");
        dead["eventType"]!.GetValue<string>().Should().Be("DisputeOpened");
        dead["attempts"]!.GetValue<int>().Should().Be(3);
        dead["lastStatus"]!.GetValue<int>().Should().Be(503);
        dead["lastError"]!.GetValue<string>().Should().Be("HTTP 503 Service Unavailable");
        dead["waitingBehind"]!.GetValue<long>().Should().Be(owed.Count - 1, "the dispute's later notifications wait behind it");
        // Three attempts at the first notification and nothing else: the later ones never overtook it.
        receiver.Requests.Select(r => (r.Version, r.Attempt)).Should().Equal((1L, 1), (1L, 2), (1L, 3));
        var view = await admin.GetJson($"/webhooks/subscriptions/{subscription["id"]}");
        view["deadLetters"]!.GetValue<long>().Should().Be(1);
        view["pending"]!.GetValue<long>().Should().Be(owed.Count - 1);

        // The instance counts an outcome just after recording it in the row.
        await Eventually.Holds(async () => (await admin.GetJson("/diagnostics/webhooks"))["deadLettered"]!.GetValue<long>() == 1, "the dead letter counted");
        var diagnostics = await admin.GetJson("/diagnostics/webhooks");
        diagnostics["status"]!.GetValue<string>().Should().Be("Running");
        diagnostics["failed"]!.GetValue<long>().Should().Be(2);
        diagnostics["backlog"]!["deadLetters"]!.GetValue<long>().Should().Be(1);
        diagnostics["backlog"]!["pending"]!.GetValue<long>().Should().Be(owed.Count - 1);

        receiver.Respond = _ => HttpStatusCode.OK;
        var redeliver = await admin.PostAsync($"/webhooks/dead-letters/{dead["id"]}/redeliver", null);

        redeliver.StatusCode.Should().Be(HttpStatusCode.Accepted);
        await Eventually.Holds(() => receiver.HasAll(owed), "every notification delivered after the redelivery");
        receiver.Deliveries.Select(r => r.Version).Should().Equal(owed.Select(e => e.Version));
        receiver.Deliveries[0].Attempt.Should().Be(1, "a redelivery starts a fresh set of attempts");
        (await DeadLetters(admin)).Should().BeEmpty();
        (await admin.PostAsync($"/webhooks/dead-letters/{dead["id"]}/redeliver", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static async Task<JsonArray> DeadLetters(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonObject>("/webhooks/dead-letters"))!["items"]!.AsArray();
}
