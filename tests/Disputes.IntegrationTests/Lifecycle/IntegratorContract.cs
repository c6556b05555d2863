using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests;

// What the OpenAPI document promises, checked against what the API does: the refund to pay is on the dispute,
// opening takes no If-Match, every documented list limit is the one enforced, and every problem carries a
// stable type (and a refusal its rule).
public sealed class IntegratorContract(ApiFixture<IntegratorContract> api) : IClassFixture<ApiFixture<IntegratorContract>>
{
    private readonly DisputeApi http = For(api);

    private static Guid Id(int n) => Guid.Parse($"0199f600-0000-7000-8000-{n:D12}");

    [Fact]
    public async Task Given_an_If_Match_When_a_dispute_is_opened_Then_400_names_the_header_and_nothing_is_created()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/disputes")
        {
            Content = new StringContent(Requests.OpenDispute(Id(1)).ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));

        var response = await api.CreateClient().SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        (await response.Json()).FieldErrors("If-Match").Should().ContainSingle(text);
        (await http.Get(Id(1))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_refund_When_it_is_requested_fails_is_retried_and_paid_Then_the_dispute_shows_each_attempt_to_pay()
    {
        var id = Id(2);
        await Ok(http.Open(id, orderId: "order-contract-2"), HttpStatusCode.Created);
        (await Ok(http.Get(id)))["refund"].Should().BeNull();

        await Ok(http.Storefront(id, "accept-claim", new() { ["actingAs"] = AsSeller }));
        Refund(await Ok(http.Get(id))).Should().Be("""{"attempt":1,"amount":{"amount":4999,"currency":"EUR"},"status":"Pending","failureReason":null}""");

        await Ok(http.Storefront(id, "refund/failed", new() { ["actingAs"] = AsPlatform, ["attempt"] = 1, ["reason"] = "Card expired." }));
        Refund(await Ok(http.Get(id))).Should().Be("""{"attempt":1,"amount":{"amount":4999,"currency":"EUR"},"status":"Failed","failureReason":"Card expired."}""");

        await Ok(http.Storefront(id, "refund/retry", new() { ["actingAs"] = AsPlatform }));
        Refund(await Ok(http.Get(id))).Should().Be("""{"attempt":2,"amount":{"amount":4999,"currency":"EUR"},"status":"Pending","failureReason":null}""");

        await Ok(http.Storefront(id, "refund/succeeded", new() { ["actingAs"] = AsPlatform, ["attempt"] = 2, ["paymentReference"] = "psp-2" }));
        Refund(await Ok(http.Get(id))).Should().Be("""{"attempt":2,"amount":{"amount":4999,"currency":"EUR"},"status":"Succeeded","failureReason":null}""");
    }

    // Every list the document offers, with what else it needs and who may read it.
    private static readonly Dictionary<string, (string Role, string Query)> Lists = new()
    {
        ["/disputes"] = ("storefront", "buyerId=buyer-7&"),
        ["/disputes/needs-action"] = ("storefront", "party=Buyer&partyId=buyer-7&"),
        ["/disputes/{disputeId}/timeline"] = ("mediator", ""),
        ["/mediation/queue"] = ("mediator", ""),
        ["/mediation/needs-action"] = ("mediator", ""),
        ["/audit/disputes/{disputeId}/events"] = ("auditor", ""),
        ["/audit/events"] = ("auditor", ""),
        ["/audit/checkpoints"] = ("auditor", ""),
        ["/audit/disputes/{disputeId}/evidence-downloads"] = ("auditor", ""),
        ["/webhooks/dead-letters"] = ("admin", ""),
    };

    [Fact]
    public async Task Given_the_documented_limit_bounds_When_a_list_is_asked_for_one_more_Then_400_and_for_the_maximum_200()
    {
        var id = Id(3);
        await Ok(http.Open(id, orderId: "order-contract-3"), HttpStatusCode.Created);
        var document = await api.CreateClient().GetJson("/openapi/v1.json");
        var limited = document["paths"]!.AsObject()
            .Where(p => p.Value!["get"]?["parameters"]?.AsArray().Any(q => q!["name"]!.GetValue<string>() == "limit") == true)
            .Select(p => (Path: p.Key, Limit: p.Value!["get"]!["parameters"]!.AsArray().Single(q => q!["name"]!.GetValue<string>() == "limit")!["schema"]!))
            .ToList();

        limited.Select(l => l.Path).Should().BeEquivalentTo(Lists.Keys);
        foreach (var (path, limit) in limited)
        {
            var (role, query) = Lists[path];
            var client = api.ClientAs($"{role}-1", role);
            var url = $"{path.Replace("{disputeId}", id.ToString())}?{query}limit=";
            var maximum = limit["maximum"]!.GetValue<long>();

            var over = await client.GetAsync(url + (maximum + 1));
            over.StatusCode.Should().Be(HttpStatusCode.BadRequest, path);
            (await over.Json()).FieldErrors("limit").Should().ContainSingle(path);
            (await client.GetAsync(url + maximum)).StatusCode.Should().Be(HttpStatusCode.OK, path);
            (await client.GetAsync(url + limit["minimum"]!.GetValue<long>())).StatusCode.Should().Be(HttpStatusCode.OK, path);
        }
    }

    [Fact]
    public async Task Given_an_order_with_an_open_dispute_When_another_is_opened_Then_the_conflict_names_its_rule_like_every_refusal()
    {
        await Ok(http.Open(Id(4), orderId: "order-contract-4"), HttpStatusCode.Created);

        var conflict = await api.CreateClient().PostDispute(Requests.OpenDispute(Id(5)).With("orderId", "order-contract-4"));

        conflict.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await conflict.Json();
        problem["rule"]!.GetValue<string>().Should().Be("order-has-open-dispute");
        problem["allowedActions"]!.AsArray().Should().BeEmpty();
        problem["disputeId"]!.GetValue<Guid>().Should().Be(Id(4));
    }

    [Fact]
    public async Task Given_an_idempotency_key_reused_for_another_subscription_When_created_Then_the_422_names_its_rule()
    {
        var admin = api.ClientAs("admin-1", "admin");
        HttpRequestMessage Create(string url) => new(HttpMethod.Post, "/webhooks/subscriptions")
        {
            Content = new StringContent($$"""{"url": "{{url}}", "eventTypes": ["*"]}""", Encoding.UTF8, "application/json"),
            Headers = { { "Idempotency-Key", "contract-subscription" } },
        };

        (await admin.SendAsync(Create("https://store.example/hooks/a"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var reused = await admin.SendAsync(Create("https://store.example/hooks/b"));

        reused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await reused.Json())["rule"]!.GetValue<string>().Should().Be("idempotency-key-reused");
    }

    [Fact]
    public async Task Given_requests_the_web_server_refuses_When_answered_Then_each_problem_has_a_stable_type()
    {
        async Task<string> TypeOf(Task<HttpResponseMessage> call) => (await (await call).Json())["type"]!.GetValue<string>();
        const string Base = "https://disputes.dev/problems/";

        (await TypeOf(api.ClientAs("nobody").GetAsync("/disputes?buyerId=b"))).Should().Be(Base + "unauthorized");
        (await TypeOf(api.ClientAs("auditor-1", "auditor").PostAsync("/disputes", new StringContent("{}", Encoding.UTF8, "application/json")))).Should().Be(Base + "forbidden");
        (await TypeOf(api.CreateClient().GetAsync("/no-such-endpoint"))).Should().Be(Base + "not-found");
        (await TypeOf(api.CreateClient().DeleteAsync("/disputes"))).Should().Be(Base + "method-not-allowed");
        (await TypeOf(api.CreateClient().PostAsync("/disputes", new StringContent("{}", Encoding.UTF8, "text/plain")))).Should().Be(Base + "unsupported-media-type");
    }

    private static string Refund(JsonObject view) => view["refund"]!.ToJsonString();
}
