using System.Net;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests;

// The paths of policy 2026-12-01 end to end through HTTP: revisions and counter-offers, remedies in goods, typed return
// receipts, extensions moving a clock, and the reopening rule.
public sealed class NegotiationPaths(ApiFixture<NegotiationPaths> api) : IClassFixture<ApiFixture<NegotiationPaths>>
{
    private readonly DisputeApi http = For(api);

    private static Guid Id(int n) => Guid.Parse($"0199c100-0000-7000-8000-{n:D12}");

    private static string Status(JsonObject view) => view["status"]!.GetValue<string>();

    private static Instant Due(JsonObject view, string kind) => InstantPattern.ExtendedIso.Parse(
        view["deadlines"]!.AsArray().Single(d => d!["kind"]!.GetValue<string>() == kind)!["dueAt"]!.GetValue<string>()).Value;

    private static JsonObject Offer(string kind, long? cents, JsonObject acting, JsonObject? terms = null)
    {
        var body = new JsonObject { ["actingAs"] = acting, ["kind"] = kind, ["note"] = "How about this?" };
        if (cents is { } amount)
            body["refundAmount"] = Euros(amount);
        if (terms is not null)
            body["returnTerms"] = terms;
        return body;
    }

    [Fact]
    public async Task Revise_then_counter_then_accept_refunds_the_countered_amount()
    {
        var id = Id(1);
        await Ok(http.Open(id, orderId: "order-n1"), HttpStatusCode.Created);
        Status(await Ok(http.Storefront(id, "offers", Offer("PartialRefund", 1000, AsSeller)))).Should().Be("AwaitingBuyerReply");
        api.Clock.AdvanceHours(1);

        var revised = await Ok(http.Storefront(id, "offers", Offer("PartialRefund", 2000, AsSeller)));
        Status(revised).Should().Be("AwaitingBuyerReply");
        revised["pendingOffer"]!["refundAmount"]!["amount"]!.GetValue<long>().Should().Be(2000);

        var countered = await Ok(http.Storefront(id, "counter-offers", Offer("PartialRefund", 3000, AsBuyer)));
        Status(countered).Should().Be("AwaitingSellerReply");
        countered["pendingOffer"]!["proposedBy"]!.GetValue<string>().Should().Be("Buyer");
        countered["allowedActions"]!["seller"]!.AsArray().Select(a => a!["action"]!.GetValue<string>())
            .Should().Contain(["AcceptOffer", "RejectOffer", "MakeOffer"]);

        var accepted = await Ok(http.Storefront(id, "offer/accept", new() { ["actingAs"] = AsSeller }));
        Status(accepted).Should().Be("RefundPending");
        var closed = await Ok(http.Storefront(id, "refund/succeeded", new() { ["actingAs"] = AsPlatform, ["attempt"] = 1, ["paymentReference"] = "pay-n1" }));
        closed["refunded"]!["amount"]!.GetValue<long>().Should().Be(3000);

        var timeline = await api.CreateClient().GetJson($"/disputes/{id}/timeline");
        timeline["items"]!.AsArray().Select(e => e!["type"]!.GetValue<string>())
            .Should().ContainInOrder("SellerOfferMade", "SellerOfferMade", "BuyerCounterOffered", "SellerAcceptedCounterOffer", "RefundRequested");
    }

    [Fact]
    public async Task Replacement_shipped_then_received_closes_as_resolved_without_a_refund()
    {
        var id = Id(2);
        await Ok(http.Open(id, orderId: "order-n2"), HttpStatusCode.Created);
        await Ok(http.Storefront(id, "offers", Offer("Replacement", null, AsSeller)));
        Status(await Ok(http.Storefront(id, "offer/accept", new() { ["actingAs"] = AsBuyer }))).Should().Be("AwaitingReplacementShipment");

        var badTracking = await http.Storefront(id, "replacement/shipped", new() { ["actingAs"] = AsSeller, ["carrier"] = "UPS", ["trackingNumber"] = "12345" });
        badTracking.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badTracking.Json())["errors"]!["trackingNumber"].Should().NotBeNull();

        var shipped = await Ok(http.Storefront(id, "replacement/shipped", new() { ["actingAs"] = AsSeller, ["carrier"] = "UPS", ["trackingNumber"] = "1Z999AA10123456784" }));
        Status(shipped).Should().Be("ReplacementInTransit");
        shipped["deadlines"]!.AsArray().Select(d => d!["kind"]!.GetValue<string>()).Should().Equal("ReplacementConfirmation");

        var received = await Ok(http.Storefront(id, "replacement/received", new() { ["actingAs"] = AsBuyer }));
        Status(received).Should().Be("Closed");
        received["outcome"]!.GetValue<string>().Should().Be("Resolved");
        received["refunded"]!["amount"]!.GetValue<long>().Should().Be(0);
    }

    [Fact]
    public async Task Return_received_damaged_goes_to_mediation_with_the_finding_on_record()
    {
        var id = Id(3);
        await Ok(http.Open(id, orderId: "order-n3"), HttpStatusCode.Created);
        var terms = new JsonObject { ["address"] = "Seller Ltd, 1 Dock Road, Riga", ["shippingPaidBy"] = "Seller", ["prepaidLabel"] = "label-77" };
        await Ok(http.Storefront(id, "offers", Offer("ReturnAndRefund", 4999, AsSeller, terms)));
        var authorised = await Ok(http.Storefront(id, "offer/accept", new() { ["actingAs"] = AsBuyer }));
        Status(authorised).Should().Be("AwaitingReturnShipment");
        authorised["return"]!["terms"]!["prepaidLabel"]!.GetValue<string>().Should().Be("label-77");

        await Ok(http.Storefront(id, "return/shipped", new() { ["actingAs"] = AsBuyer, ["carrier"] = "DHL", ["trackingNumber"] = "1234567890" }));
        await Ok(http.Storefront(id, "return/delivered", new() { ["actingAs"] = AsPlatform }));
        var damaged = await Ok(http.Storefront(id, "return/receipt", new() { ["actingAs"] = AsSeller, ["outcome"] = "Damaged", ["note"] = "Cracked screen." }));

        Status(damaged).Should().Be("AwaitingMediator");
        damaged["return"]!["receipt"]!.GetValue<string>().Should().Be("Damaged");
        damaged["refunded"]!["amount"]!.GetValue<long>().Should().Be(0);
    }

    [Fact]
    public async Task Extension_requested_then_granted_moves_the_clock_and_its_provenance_shows_it()
    {
        var id = Id(4);
        var opened = await Ok(http.Open(id, orderId: "order-n4"), HttpStatusCode.Created);
        var before = Due(opened, "SellerResponse");

        var requested = await Ok(http.Storefront(id, "extensions",
            new() { ["actingAs"] = AsSeller, ["clock"] = "SellerResponse", ["length"] = "P3D", ["reason"] = "The warehouse reopens on Monday." }));
        Due(requested, "SellerResponse").Should().Be(before);
        requested["allowedActions"]!["buyer"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()).Should().Contain(["GrantExtension", "RefuseExtension"]);

        var granted = await Ok(http.Storefront(id, "extensions/grant", new() { ["actingAs"] = AsBuyer }));
        Due(granted, "SellerResponse").Should().Be(before + Duration.FromDays(3));

        var clocks = await api.CreateClient().GetJson($"/disputes/{id}/clocks");
        var seller = clocks["clocks"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == "SellerResponse")!;
        seller["startedBy"]!["type"]!.GetValue<string>().Should().Be("ExtensionGranted");
        var extension = seller["basis"]!["extensions"]!.AsArray().Should().ContainSingle().Subject!;
        extension["length"]!.GetValue<string>().Should().Be("P3D");
        extension["grantedBy"]!["kind"]!.GetValue<string>().Should().Be("Buyer");
    }

    [Fact]
    public async Task A_mediator_grants_the_party_it_asked_for_evidence_more_time_and_refuses_a_second_request_with_why()
    {
        var id = Id(10);
        await Ok(http.Open(id, orderId: "order-n10"), HttpStatusCode.Created);
        await http.Escalate(id, "We cannot agree.");
        await Ok(http.Mediator("mediator-1", id, "claim"));
        var asked = await http.RequestEvidence("mediator-1", id, "Seller", "Proof of shipment.");
        var before = Due(asked, "EvidenceResponse");

        await Ok(http.Storefront(id, "extensions", new() { ["actingAs"] = AsSeller, ["clock"] = "EvidenceResponse", ["length"] = "PT36H", ["reason"] = "The courier's office is closed." }));
        var granted = await Ok(http.Mediator("mediator-1", id, "extensions/grant"));
        Due(granted, "EvidenceResponse").Should().Be(before + Duration.FromHours(36));

        await Ok(http.Storefront(id, "extensions", new() { ["actingAs"] = AsSeller, ["clock"] = "EvidenceResponse", ["length"] = "P1D", ["reason"] = "Still closed." }));
        var refused = await Ok(http.Mediator("mediator-1", id, "extensions/refuse", new() { ["reason"] = "Send what you have." }));
        Due(refused, "EvidenceResponse").Should().Be(before + Duration.FromHours(36));
        refused["pendingExtension"].Should().BeNull();
    }

    [Fact]
    public async Task Extension_longer_than_the_policy_allows_or_badly_written_is_a_400_and_changes_nothing()
    {
        var id = Id(5);
        var opened = await Ok(http.Open(id, orderId: "order-n5"), HttpStatusCode.Created);

        foreach (var length in new[] { "P30D", "soon", "P1M", "PT-5H", "P2147483647D" })
        {
            var refused = await http.Storefront(id, "extensions",
                new() { ["actingAs"] = AsSeller, ["clock"] = "SellerResponse", ["length"] = length, ["reason"] = "Busy." });
            refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, length);
        }

        (await Ok(http.Get(id)))["version"]!.GetValue<long>().Should().Be(opened["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task Protection_extended_by_the_seller_lets_the_buyer_reopen_after_the_original_end()
    {
        var id = Id(11);
        var opened = await Ok(http.Open(id, orderId: "order-n11"), HttpStatusCode.Created);
        var original = InstantPattern.ExtendedIso.Parse(opened["protectionEndsAt"]!.GetValue<string>()).Value;
        var until = original + Duration.FromDays(20);

        var extended = await Ok(http.Storefront(id, "protection",
            new() { ["actingAs"] = AsSeller, ["until"] = InstantPattern.ExtendedIso.Format(until), ["reason"] = "Held at customs." }));
        extended["protectionEndsAt"]!.GetValue<string>().Should().Be(InstantPattern.ExtendedIso.Format(until));
        await Ok(http.Storefront(id, "withdraw", new() { ["actingAs"] = AsBuyer, ["reason"] = "I will wait." }));

        api.Clock.Advance(original - api.Clock.GetCurrentInstant() + Duration.FromDays(5));
        try
        {
            var reopened = await Ok(api.CreateClient().PostDispute(Requests.OpenDispute(Id(12)).With("orderId", "order-n11").With("reopenReason", "It never came.")),
                HttpStatusCode.Created);
            reopened["protectionEndsAt"]!.GetValue<string>().Should().Be(InstantPattern.ExtendedIso.Format(until));
            reopened["reopens"]!["disputeId"]!.GetValue<string>().Should().Be(id.ToString());
        }
        finally
        {
            api.Clock.Reset(ApiFixture<NegotiationPaths>.Now);
        }
    }

    [Fact]
    public async Task Reopening_an_order_whose_dispute_was_refunded_is_refused_by_policy_and_after_a_withdrawal_is_recorded()
    {
        var refunded = Id(6);
        await Ok(http.Open(refunded, orderId: "order-n6"), HttpStatusCode.Created);
        await Ok(http.Storefront(refunded, "accept-claim", new() { ["actingAs"] = AsSeller }));
        await Ok(http.Storefront(refunded, "refund/succeeded", new() { ["actingAs"] = AsPlatform, ["attempt"] = 1, ["paymentReference"] = "pay-n6" }));

        var again = Id(7);
        var refused = await api.CreateClient().PostDispute(Requests.OpenDispute(again).With("orderId", "order-n6").With("reopenReason", "Broke again."));
        refused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problem = await refused.Json();
        problem["rule"]!.GetValue<string>().Should().Be("reopening-not-allowed");
        problem["detail"]!.GetValue<string>().Should().Contain(refunded.ToString());
        (await http.Get(again)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var withdrawn = Id(8);
        await Ok(http.Open(withdrawn, orderId: "order-n8"), HttpStatusCode.Created);
        await Ok(http.Storefront(withdrawn, "withdraw", new() { ["actingAs"] = AsBuyer, ["reason"] = "It arrived." }));
        var reopened = await Ok(api.CreateClient().PostDispute(Requests.OpenDispute(Id(9)).With("orderId", "order-n8").With("reopenReason", "It arrived broken.")),
            HttpStatusCode.Created);
        reopened["reopens"]!["disputeId"]!.GetValue<string>().Should().Be(withdrawn.ToString());
        reopened["reopenReason"]!.GetValue<string>().Should().Be("It arrived broken.");
    }
}
