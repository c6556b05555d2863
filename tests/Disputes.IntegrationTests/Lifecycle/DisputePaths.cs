using System.Net;
using System.Text.Json.Nodes;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests;

// Every path of the lifecycle (docs/lifecycle.md), end to end through HTTP, as the storefront, mediators and the payment backend drive it.
public sealed class DisputePaths(ApiFixture<DisputePaths> api) : IClassFixture<ApiFixture<DisputePaths>>
{
    private readonly DisputeApi http = For(api);

    private static Guid Id(int n) => Guid.Parse($"0199c000-0000-7000-8000-{n:D12}");

    private static string Status(JsonObject view) => view["status"]!.GetValue<string>();

    [Fact]
    public async Task Claim_accepted_then_refunded_closes_for_the_buyer()
    {
        var id = Id(1);
        await Ok(http.Open(id, orderId: "order-p1"), HttpStatusCode.Created);

        var accepted = await Ok(http.Storefront(id, "accept-claim", new() { ["actingAs"] = AsSeller }));
        Status(accepted).Should().Be("RefundPending");
        accepted["allowedActions"]!["platform"]!.AsArray().Select(a => a!["action"]!.GetValue<string>())
            .Should().Contain(["ReportRefundSucceeded", "ReportRefundFailed"]);

        var closed = await Ok(http.Storefront(id, "refund/succeeded", new() { ["actingAs"] = AsPlatform, ["attempt"] = 1, ["paymentReference"] = "pay-1" }));
        Status(closed).Should().Be("Closed");
        closed["outcome"]!.GetValue<string>().Should().Be("BuyerFavoured");
        closed["refunded"]!["amount"]!.GetValue<long>().Should().Be(4999);
    }

    [Fact]
    public async Task Offer_accepted_refunds_the_offered_amount_as_a_split()
    {
        var id = Id(2);
        await Ok(http.Open(id, orderId: "order-p2"), HttpStatusCode.Created);
        var offered = await Ok(http.Storefront(id, "offers", new()
        {
            ["actingAs"] = AsSeller, ["kind"] = "PartialRefund", ["refundAmount"] = new JsonObject { ["amount"] = 2000, ["currency"] = "EUR" }, ["note"] = "Half back.",
        }));
        Status(offered).Should().Be("AwaitingBuyerReply");
        offered["pendingOffer"]!["refundAmount"]!["amount"]!.GetValue<long>().Should().Be(2000);

        await Ok(http.Storefront(id, "offer/accept", new() { ["actingAs"] = AsBuyer }));
        var closed = await Ok(http.Storefront(id, "refund/succeeded", new() { ["actingAs"] = AsPlatform, ["attempt"] = 1, ["paymentReference"] = "pay-2" }));
        closed["outcome"]!.GetValue<string>().Should().Be("Split");
    }

    [Theory]
    [InlineData("FullRefund", null, "RefundPending")]
    [InlineData("PartialRefund", 1500L, "RefundPending")]
    [InlineData("ReturnAndRefund", null, "AwaitingReturnShipment")]
    [InlineData("ClaimRejected", null, "Closed")]
    public async Task Offer_rejected_goes_to_mediation_and_the_decision_on_appeal_is_carried_out(string decision, long? amount, string after)
    {
        var id = Id(10 + Array.IndexOf(["FullRefund", "PartialRefund", "ReturnAndRefund", "ClaimRejected"], decision));
        await Ok(http.Open(id, orderId: $"order-p-{decision}"), HttpStatusCode.Created);
        await Ok(http.Storefront(id, "offers", new()
        {
            ["actingAs"] = AsSeller, ["kind"] = "PartialRefund", ["refundAmount"] = new JsonObject { ["amount"] = 500, ["currency"] = "EUR" },
        }));
        // Under today's policy a rejection leaves the parties negotiating; the buyer then escalates.
        var rejected = await Ok(http.Storefront(id, "offer/reject", new() { ["actingAs"] = AsBuyer, ["reason"] = "Too little." }));
        Status(rejected).Should().Be("Negotiating");
        var escalated = await Ok(http.Storefront(id, "escalate", new() { ["actingAs"] = AsBuyer, ["reason"] = "We cannot agree." }));
        Status(escalated).Should().Be("AwaitingMediator");

        await Ok(http.Mediator("mediator-1", id, "claim"));
        await Ok(http.Mediator("mediator-1", id, "evidence-requests", new() { ["from"] = "Seller", ["description"] = "Proof of shipment." }));
        var answered = await Ok(http.Storefront(id, "evidence", new() { ["actingAs"] = AsSeller, ["evidence"] = Evidence(1) }));
        Status(answered).Should().Be("UnderMediation");

        var first = await Ok(http.Mediator("mediator-1", id, "decision", new() { ["decision"] = "FullRefund", ["rationale"] = "No proof of delivery." }));
        Status(first).Should().Be("Decided");
        first["deadlines"]!.AsArray().Select(d => d!["kind"]!.GetValue<string>()).Should().Equal("AppealWindow");

        await Ok(http.Storefront(id, "appeal", new() { ["actingAs"] = AsSeller, ["reason"] = "Tracking shows delivery." }));
        (await http.Mediator("mediator-1", id, "claim")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "an appeal goes to another mediator");
        await Ok(http.Mediator("mediator-2", id, "claim"));

        var body = new JsonObject { ["decision"] = decision, ["rationale"] = "Reviewed on appeal." };
        if (amount is { } cents)
            body["refundAmount"] = new JsonObject { ["amount"] = cents, ["currency"] = "EUR" };
        var final = await Ok(http.Mediator("mediator-2", id, "decision", body));
        Status(final).Should().Be(after);
    }

    [Fact]
    public async Task Return_path_with_a_reported_problem_goes_to_mediation()
    {
        var id = Id(20);
        await Ok(http.Open(id, "ReturnAndRefund", "order-p20"), HttpStatusCode.Created);
        Status(await Ok(http.Storefront(id, "accept-claim", new() { ["actingAs"] = AsSeller }))).Should().Be("AwaitingReturnShipment");
        var shipped = await Ok(http.Storefront(id, "return/shipped", new() { ["actingAs"] = AsBuyer, ["carrier"] = "DHL", ["trackingNumber"] = "1234567146" }));
        Status(shipped).Should().Be("ReturnInTransit");
        Status(await Ok(http.Storefront(id, "return/delivered", new() { ["actingAs"] = AsPlatform }))).Should().Be("ReturnDelivered");
        var problem = await Ok(http.Storefront(id, "return/problem", new() { ["actingAs"] = AsSeller, ["description"] = "The box was empty." }));
        Status(problem).Should().Be("AwaitingMediator");
    }

    [Fact]
    public async Task Return_received_then_a_failed_refund_is_retried_and_succeeds()
    {
        var id = Id(21);
        await Ok(http.Open(id, "ReturnAndRefund", "order-p21"), HttpStatusCode.Created);
        await Ok(http.Storefront(id, "accept-claim", new() { ["actingAs"] = AsSeller }));
        await Ok(http.Storefront(id, "return/shipped", new() { ["actingAs"] = AsBuyer, ["carrier"] = "DHL", ["trackingNumber"] = "1234567147" }));
        Status(await Ok(http.Storefront(id, "return/received", new() { ["actingAs"] = AsSeller }))).Should().Be("RefundPending");

        var failed = await Ok(http.Storefront(id, "refund/failed", new() { ["actingAs"] = AsPlatform, ["attempt"] = 1, ["reason"] = "Card expired." }));
        Status(failed).Should().Be("RefundFailed");
        Status(await Ok(http.Mediator("mediator-1", id, "refund/retry"))).Should().Be("RefundPending");
        var stale = await http.Storefront(id, "refund/succeeded", new() { ["actingAs"] = AsPlatform, ["attempt"] = 1, ["paymentReference"] = "pay-x" });
        stale.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var closed = await Ok(http.Storefront(id, "refund/succeeded", new() { ["actingAs"] = AsPlatform, ["attempt"] = 2, ["paymentReference"] = "pay-21" }));
        closed["outcome"]!.GetValue<string>().Should().Be("BuyerFavoured");
    }

    [Fact]
    public async Task Withdrawal_closes_the_dispute_and_nothing_but_a_rating_is_allowed_after()
    {
        var id = Id(30);
        await Ok(http.Open(id, orderId: "order-p30"), HttpStatusCode.Created);
        await Ok(http.Storefront(id, "messages", new() { ["actingAs"] = AsBuyer, ["text"] = "Any news?" }));
        var withdrawn = await Ok(http.Storefront(id, "withdraw", new() { ["actingAs"] = AsBuyer, ["reason"] = "It arrived." }));
        withdrawn["outcome"]!.GetValue<string>().Should().Be("Withdrawn");
        withdrawn["deadlines"]!.AsArray().Should().BeEmpty();

        var late = await http.Storefront(id, "accept-claim", new() { ["actingAs"] = AsSeller });
        late.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await late.Json())["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()).Should().Equal("RateResolution");
    }

    [Fact]
    public async Task The_timeline_shows_the_parties_and_the_mediator_what_happened_in_order()
    {
        var id = Id(40);
        await Ok(http.Open(id, orderId: "order-p40"), HttpStatusCode.Created);
        await Ok(http.Storefront(id, "messages", new() { ["actingAs"] = AsBuyer, ["text"] = "Any news?" }));
        await Ok(http.Storefront(id, "escalate", new() { ["actingAs"] = AsSeller, ["reason"] = "Let the platform look." }));

        foreach (var reader in new[] { api.CreateClient(), api.ClientAs("mediator-1", "mediator") })
        {
            var timeline = await reader.GetJson($"/disputes/{id}/timeline");
            var items = timeline["items"]!.AsArray();
            items.Select(e => e!["type"]!.GetValue<string>()).Should().ContainInOrder("DisputeOpened", "MessagePosted", "DisputeEscalated");
            items.Select(e => e!["version"]!.GetValue<long>()).Should().BeInAscendingOrder();
            var message = items.Single(e => e!["type"]!.GetValue<string>() == "MessagePosted")!;
            message["actor"]!["id"]!.GetValue<string>().Should().Be(Buyer);
            message["data"]!["text"]!.GetValue<string>().Should().Be("Any news?");
            message.AsObject().ContainsKey("idempotencyKey").Should().BeFalse("request metadata is for auditors");
        }
    }
}
