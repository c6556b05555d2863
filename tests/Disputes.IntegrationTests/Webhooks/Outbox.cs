using System.Net;
using System.Text.Json.Nodes;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Webhooks;

// The transactional outbox, with the dispatcher off so rows stay where they were written: one row per committed
// event and matching subscription, carrying the event's version and sequence; none for what was not committed.
public sealed class Outbox
{
    private static readonly Guid Dispute = Guid.Parse("0199c500-0000-7000-8000-000000000001");
    private static readonly Dictionary<string, string?> DispatcherOff = new() { ["Disputes:Webhooks:Enabled"] = "false" };

    [Fact]
    public async Task Given_subscriptions_with_filters_When_events_commit_Then_one_row_per_event_and_matching_subscription()
    {
        await using var receiver = await Receiver.Start();
        await using var host = await WebhookHost.Start("webhooks_outbox_rows", DispatcherOff);
        var steps = new Steps(host);
        await steps.Open(Dispute);
        // Subscriptions see what is committed after them, not history.
        var all = (await host.Subscribe(receiver))["id"]!.GetValue<Guid>();
        var money = (await host.Subscribe(receiver, "RefundRequested", "SellerOfferMade"))["id"]!.GetValue<Guid>();
        await steps.OfferPartialRefund(Dispute);
        await steps.AcceptOffer(Dispute);

        var events = await host.Rows("select stream_id, version, seq_id, mt_dotnet_type from {schema}.mt_events where version > 3 order by seq_id");
        var rows = await host.Rows("select subscription_id, dispute_id, stream_version, sequence, event_type, status, attempts from {schema}.webhook_outbox order by sequence");

        string Type(object[] e) => ((string)e[3]).Split(',')[0].Split('.')[^1];
        rows.Where(r => (Guid)r[0] == all).Select(r => ((Guid)r[1], (long)r[2], (long)r[3], (string)r[4]))
            .Should().Equal(events.Select(e => ((Guid)e[0], (long)e[1], (long)e[2], Type(e))));
        rows.Where(r => (Guid)r[0] == money).Select(r => (string)r[4]).Should().Equal("SellerOfferMade", "RefundRequested");
        rows.Should().OnlyContain(r => (string)r[5] == "pending" && (int)r[6] == 0);
    }

    [Fact]
    public async Task Given_commands_that_commit_nothing_Then_no_notification_is_written()
    {
        await using var receiver = await Receiver.Start();
        await using var host = await WebhookHost.Start("webhooks_outbox_nothing", DispatcherOff);
        await host.Subscribe(receiver);
        var steps = new Steps(host);
        await steps.Open(Dispute);
        var before = (await host.Rows("select id from {schema}.webhook_outbox")).Count;

        var refused = await steps.Post(Dispute, "offer/accept", new JsonObject { ["actingAs"] = AsBuyer });
        var stale = await steps.Post(Dispute, "messages", new JsonObject
        {
            ["actingAs"] = AsBuyer, ["messageId"] = "0199c500-0000-7000-8000-0000000000a1", ["text"] = "Hello?",
        }, ifMatch: "\"1\"");

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        stale.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await host.Rows("select id from {schema}.webhook_outbox")).Should().HaveCount(before);
        before.Should().Be((await host.Events(Dispute)).Count);
    }
}
