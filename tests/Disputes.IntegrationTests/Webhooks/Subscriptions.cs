using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Disputes.IntegrationTests.Webhooks;

// The admin API: who may use it, what it accepts, the secret shown once, idempotent creation, and what
// pausing and deleting mean for notifications.
public sealed class Subscriptions
{
    private static readonly Guid Dispute = Guid.Parse("0199c400-0000-7000-8000-000000000001");

    private static JsonObject Body(string url, params string[] eventTypes) => new()
    {
        ["url"] = url,
        ["eventTypes"] = new JsonArray([.. eventTypes.Select(t => JsonValue.Create(t))]),
    };

    [Fact]
    public async Task Given_callers_other_than_admins_When_they_manage_subscriptions_Then_401_or_403()
    {
        await using var host = await WebhookHost.Start("webhooks_access");
        var body = Body("https://store.example/hooks", "*");

        (await host.ClientAs("store", "storefront").PostAsJsonAsync("/webhooks/subscriptions", body)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await host.ClientAs("m-1", "mediator").GetAsync("/webhooks/subscriptions")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await host.ClientAs("a-1", "auditor").GetAsync("/webhooks/dead-letters")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await host.ClientAs("nobody").GetAsync("/webhooks/subscriptions")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("ftp://store.example/hooks", "*", "url")]
    [InlineData("/hooks", "*", "url")]
    [InlineData("https://user:password@store.example/hooks", "*", "url")]
    [InlineData("https://store.example/hooks", "DisputeReopened", "eventTypes")]
    [InlineData("https://store.example/hooks", "", "eventTypes")]
    public async Task Given_an_invalid_subscription_When_created_Then_400_names_the_field(string url, string eventType, string field)
    {
        await using var host = await WebhookHost.Start("webhooks_validation");
        var body = Body(url, eventType.Length == 0 ? [] : [eventType]);

        var response = await host.AdminClient().PostAsJsonAsync("/webhooks/subscriptions", body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Json();
        problem["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/invalid-input");
        problem.FieldErrors(field).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Given_a_short_secret_or_no_body_When_created_Then_400()
    {
        await using var host = await WebhookHost.Start("webhooks_validation_secret");
        var admin = host.AdminClient();

        var shortSecret = await admin.PostAsJsonAsync("/webhooks/subscriptions", Body("https://store.example/hooks", "*").With("secret", "short"));
        var noBody = await admin.PostAsync("/webhooks/subscriptions", new StringContent("", System.Text.Encoding.UTF8, "application/json"));

        shortSecret.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await shortSecret.Json()).FieldErrors("secret").Should().NotBeEmpty();
        noBody.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Given_a_new_subscription_Then_its_secret_is_shown_once_and_never_listed()
    {
        await using var host = await WebhookHost.Start("webhooks_secret_once");
        var admin = host.AdminClient();

        var response = await admin.PostAsJsonAsync("/webhooks/subscriptions", Body("https://store.example/hooks", "RefundRequested", "SellerOfferMade").With("description", "refunds"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = await response.Json();
        var id = created["id"]!.GetValue<Guid>();
        response.Headers.Location!.ToString().Should().Be($"/webhooks/subscriptions/{id}");
        created["secret"]!.GetValue<string>().Should().StartWith("whsec_").And.HaveLength(49);
        created["status"]!.GetValue<string>().Should().Be("Active");
        created["createdBy"]!.GetValue<string>().Should().Be(WebhookHost.Admin);
        var listed = (await admin.GetJson("/webhooks/subscriptions"))["items"]!.AsArray().Single()!.AsObject();
        listed.ContainsKey("secret").Should().BeFalse();
        listed["eventTypes"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal("RefundRequested", "SellerOfferMade");
        listed["description"]!.GetValue<string>().Should().Be("refunds");
        (await admin.GetJson($"/webhooks/subscriptions/{id}")).ContainsKey("secret").Should().BeFalse();
        (await admin.GetAsync($"/webhooks/subscriptions/{Guid.Empty}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_Idempotency_Key_When_the_create_is_retried_Then_the_first_subscription_comes_back_and_another_body_is_refused()
    {
        await using var host = await WebhookHost.Start("webhooks_idempotent_create");
        var admin = host.AdminClient();
        Task<HttpResponseMessage> Create(JsonObject body)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/subscriptions") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "subscribe-store-1");
            return admin.SendAsync(request);
        }

        var first = await (await Create(Body("https://store.example/hooks", "*"))).Json();
        var again = await Create(Body("https://store.example/hooks", "*"));
        var other = await Create(Body("https://store.example/other", "*"));

        again.StatusCode.Should().Be(HttpStatusCode.Created);
        again.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        var replayed = await again.Json();
        replayed["id"]!.GetValue<Guid>().Should().Be(first["id"]!.GetValue<Guid>());
        replayed["secret"]!.GetValue<string>().Should().Be(first["secret"]!.GetValue<string>());
        other.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await admin.GetJson("/webhooks/subscriptions"))["items"]!.AsArray().Should().HaveCount(1);
    }

    [Fact]
    public async Task Given_a_paused_subscription_When_events_commit_Then_they_accumulate_and_are_delivered_in_order_on_resume()
    {
        await using var receiver = await Receiver.Start();
        await using var host = await WebhookHost.Start("webhooks_pause");
        var admin = host.AdminClient();
        var id = (await host.Subscribe(receiver))["id"]!.GetValue<Guid>();
        var paused = await (await admin.PostAsync($"/webhooks/subscriptions/{id}/pause", null)).Json();
        paused["status"]!.GetValue<string>().Should().Be("Paused");
        var steps = new Steps(host);
        await steps.Open(Dispute);
        await steps.OfferPartialRefund(Dispute);
        var owed = await host.Events(Dispute);

        (await host.Dispatcher.DrainAsync()).Claimed.Should().Be(0, "nothing of a paused subscription is claimed");
        receiver.Requests.Should().BeEmpty();
        (await admin.GetJson($"/webhooks/subscriptions/{id}"))["pending"]!.GetValue<long>().Should().Be(owed.Count);

        var resumed = await (await admin.PostAsync($"/webhooks/subscriptions/{id}/resume", null)).Json();

        resumed["status"]!.GetValue<string>().Should().Be("Active");
        await Eventually.Holds(() => receiver.HasAll(owed), "the accumulated notifications delivered");
        receiver.ShouldBeInOrderAndComplete(owed);
    }

    [Fact]
    public async Task Given_a_deleted_subscription_Then_its_waiting_notifications_are_dropped_and_no_new_ones_are_written()
    {
        await using var receiver = await Receiver.Start();
        await using var host = await WebhookHost.Start("webhooks_delete");
        var admin = host.AdminClient();
        var id = (await host.Subscribe(receiver))["id"]!.GetValue<Guid>();
        await admin.PostAsync($"/webhooks/subscriptions/{id}/pause", null);
        var steps = new Steps(host);
        await steps.Open(Dispute);
        (await host.Rows("select id from {schema}.webhook_outbox")).Should().NotBeEmpty();

        (await admin.DeleteAsync($"/webhooks/subscriptions/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await steps.OfferPartialRefund(Dispute);

        (await host.Rows("select id from {schema}.webhook_outbox")).Should().BeEmpty();
        (await admin.GetAsync($"/webhooks/subscriptions/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await admin.DeleteAsync($"/webhooks/subscriptions/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await admin.PostAsync($"/webhooks/subscriptions/{id}/resume", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await host.Dispatcher.DrainAsync()).Claimed.Should().Be(0);
        receiver.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Given_a_subscription_to_some_event_types_Then_only_those_are_delivered()
    {
        await using var receiver = await Receiver.Start();
        await using var host = await WebhookHost.Start("webhooks_filter");
        await host.Subscribe(receiver, "SellerOfferMade", "RefundRequested");
        var steps = new Steps(host);
        await steps.Open(Dispute);
        await steps.OfferPartialRefund(Dispute);
        await steps.AcceptOffer(Dispute);

        await Eventually.Holds(() => receiver.Deliveries.Count == 2, "the two matching notifications delivered");

        receiver.Deliveries.Select(r => r.EventType).Should().Equal("SellerOfferMade", "RefundRequested");
        (await host.Dispatcher.DrainAsync()).Claimed.Should().Be(0);
        receiver.Requests.Should().HaveCount(2);
    }
}
