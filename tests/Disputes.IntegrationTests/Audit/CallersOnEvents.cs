using System.Net;
using System.Text.Json.Nodes;
using Disputes.Deadlines.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Audit;

// Every event names two things: the party it acted for (actor, in the event) and who authenticated to cause it
// (caller: the token's subject and the role it used, in the event's headers). The audit endpoints show both.
public sealed class CallersOnEvents(ApiFixture<CallersOnEvents> api) : IClassFixture<ApiFixture<CallersOnEvents>>
{
    private readonly DisputeApi http = For(api);

    private async Task<Guid> Opened(string storefront = "storefront-1")
    {
        var id = Guid.CreateVersion7();
        await Ok(api.ClientAs(storefront, "storefront").PostDispute(Requests.OpenDispute(id)
            .With("protectionEndsAt", AuditScenario.Iso(api.Clock.GetCurrentInstant() + Duration.FromDays(30)))), HttpStatusCode.Created);
        return id;
    }

    private async Task<List<JsonObject>> Events(Guid id) =>
        (await api.Auditor().GetJson($"/audit/disputes/{id}/events"))["items"]!.AsArray().Select(i => i!.AsObject()).ToList();

    private static JsonObject Single(List<JsonObject> events, string type) => events.Should().ContainSingle(e => (string)e["type"]! == type).Which;

    private static void ShouldBe(JsonObject e, string actorKind, string actorId, string callerSubject, string callerRole)
    {
        ((string)e["actor"]!["kind"]!, (string)e["actor"]!["id"]!).Should().Be((actorKind, actorId), $"the actor of {e["type"]}");
        e["caller"].Should().NotBeNull($"{e["type"]} records its caller");
        ((string)e["caller"]!["subject"]!, (string)e["caller"]!["role"]!).Should().Be((callerSubject, callerRole), $"the caller of {e["type"]}");
    }

    [Fact]
    public async Task Given_a_storefront_acting_for_the_buyer_When_it_opens_a_dispute_Then_every_event_of_it_names_the_buyer_or_the_engine_and_the_storefront()
    {
        var id = await Opened("storefront-eu");

        var events = await Events(id);

        ShouldBe(Single(events, "DisputeOpened"), "Buyer", "buyer-7", "storefront-eu", "storefront");
        // The clocks the opening starts are the engine's bookkeeping, caused by the same request.
        foreach (var scheduled in events.Where(e => (string)e["type"]! == "DeadlineScheduled"))
            ShouldBe(scheduled, "System", "system", "storefront-eu", "storefront");
        var feed = (await api.Auditor().GetJson("/audit/events?limit=1000"))["items"]!.AsArray().Select(i => i!.AsObject())
            .Where(e => (string)e["disputeId"]! == id.ToString()).ToList();
        feed.Should().HaveSameCount(events);
        ShouldBe(Single(feed, "DisputeOpened"), "Buyer", "buyer-7", "storefront-eu", "storefront");
    }

    [Fact]
    public async Task Given_an_escalated_case_When_an_admin_assigns_it_Then_the_platform_acted_and_the_admin_called()
    {
        var id = await Opened();
        await http.Escalate(id, "We cannot agree.");

        await Ok(Post(api.ClientAs("admin-1", "admin"), $"/mediation/disputes/{id}/assign", new() { ["mediatorId"] = "mediator-1" }));

        ShouldBe(Single(await Events(id), "MediatorAssigned"), "Platform", "admin-1", "admin-1", "admin");
    }

    [Fact]
    public async Task Given_an_assigned_case_When_the_mediator_decides_Then_the_mediator_acted_and_called_as_a_mediator()
    {
        var id = await Opened();
        await http.Escalate(id, "We cannot agree.");
        await Ok(http.Mediator("mediator-1", id, "claim"));

        await http.DecideFullRefund("mediator-1", id, "The seller could not prove delivery.");

        var events = await Events(id);
        ShouldBe(Single(events, "MediatorAssigned"), "Mediator", "mediator-1", "mediator-1", "mediator");
        ShouldBe(Single(events, "MediatorDecisionRecorded"), "Mediator", "mediator-1", "mediator-1", "mediator");
    }

    [Fact]
    public async Task Given_a_refund_pending_When_the_payment_backend_reports_it_Then_the_platform_acted_and_the_backend_called()
    {
        var id = await Opened();
        await Ok(http.Storefront(id, "accept-claim", new() { ["actingAs"] = AsSeller }));
        var payments = api.ClientAs("payment-backend", "storefront");

        await Ok(Post(payments, $"/disputes/{id}/refund/succeeded", new() { ["actingAs"] = AsPlatform, ["attempt"] = 1, ["paymentReference"] = "psp-1" }));

        var events = await Events(id);
        ShouldBe(Single(events, "SellerAcceptedClaim"), "Seller", Seller, "storefront-1", "storefront");
        ShouldBe(Single(events, "RefundSucceeded"), "Platform", "payments", "payment-backend", "storefront");
        ShouldBe(Single(events, "DisputeClosed"), "Platform", "payments", "payment-backend", "storefront");
    }

    [Fact]
    public async Task Given_a_silent_seller_When_the_scheduler_fires_the_deadline_Then_the_engine_acted_and_the_scheduler_called()
    {
        var id = await Opened();
        // The class's clock only moves forward: past this dispute's seller response deadline (5 days by default).
        api.Clock.Advance(Duration.FromDays(6));

        await api.Services.GetRequiredService<DeadlineScheduler>().DrainDueAsync();

        var events = await Events(id);
        ShouldBe(Single(events, "DeadlineExpired"), "System", "system", "scheduler", "system");
        ShouldBe(Single(events, "RefundRequested"), "System", "system", "scheduler", "system");
        // The request that opened the dispute is still its caller; the scheduler caused only what it fired.
        ShouldBe(Single(events, "DisputeOpened"), "Buyer", "buyer-7", "storefront-1", "storefront");
    }

    [Fact]
    public async Task Given_a_refund_report_When_the_dispute_is_read_Then_the_platform_is_one_participant_with_one_name()
    {
        var id = await Opened();

        var accepted = await Ok(http.Storefront(id, "accept-claim", new() { ["actingAs"] = AsSeller }));

        accepted["allowedActions"]!["platform"]!.AsArray().Select(a => (string)a!["action"]!).Should().Contain("ReportRefundSucceeded");
        var listed = await api.CreateClient().GetJson($"/disputes?buyerId=buyer-7&limit=100");
        var row = listed["items"]!.AsArray().Single(i => (string)i!["id"]! == id.ToString())!;
        row["waitingOn"]!.AsArray().Select(w => (string)w!["who"]!).Should().Equal("Platform");
        row["waitingOn"]![0]!["id"].Should().BeNull("any platform service may report the refund");
    }
}
