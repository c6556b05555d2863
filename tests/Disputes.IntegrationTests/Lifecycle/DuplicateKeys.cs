using System.Net;
using System.Text;

namespace Disputes.IntegrationTests;

// A key sent twice means two readers of one body can see two requests (a gateway keeping the first, the API
// the last). Every endpoint refuses it with a 400 that names the key, at any depth and in any letter case
// (binding ignores case), and nothing is written.
public sealed class DuplicateKeys(ApiFixture<DuplicateKeys> api) : IClassFixture<ApiFixture<DuplicateKeys>>
{
    private static readonly Guid Target = Guid.Parse("0199f200-0000-7000-8000-000000000001");
    private static readonly Guid Unopened = Guid.Parse("0199f200-0000-7000-8000-000000000002");

    private const string Open = """
        {"disputeId": "{ID}", "orderId": "order-dup-{ID}", "buyerId": "buyer-7", "sellerId": "seller-3", "reason": "ItemNotReceived",
         "amountPaid": {AMOUNT}, "requestedRemedy": "FullRefund", "protectionEndsAt": "2026-11-25T10:00:00Z",
         "description": "The parcel never arrived."{EXTRA}}
        """;

    private static string OpenBody(Guid id, string amount = """{"amount": 4999, "currency": "EUR"}""", string extra = "") =>
        Open.Replace("{ID}", id.ToString()).Replace("{AMOUNT}", amount).Replace("{EXTRA}", extra);

    public static TheoryData<string, string, string> Duplicates => new()
    {
        // The audit's cases: acting as the second party, taking the second amount.
        { "/disputes/{ID}/offers", """{"actingAs": {"party": "Buyer", "id": "buyer-7"}, "actingAs": {"party": "Seller", "id": "seller-3"}, "kind": "PartialRefund", "refundAmount": {"amount": 100, "currency": "EUR"}}""", "actingAs" },
        { "/disputes/{ID}/offers", """{"actingAs": {"party": "Seller", "id": "seller-3"}, "kind": "PartialRefund", "refundAmount": {"amount": 100, "amount": 4000, "currency": "EUR"}}""", "refundAmount.amount" },
        { "/disputes/{ID}/offers", """{"actingAs": {"party": "Seller", "id": "seller-3"}, "ActingAs": {"party": "Seller", "id": "seller-9"}, "kind": "FullRefund", "refundAmount": {"amount": 4999, "currency": "EUR"}}""", "ActingAs" },
        { "/disputes/{ID}/messages", """{"actingAs": {"party": "Buyer", "id": "buyer-7", "id": "buyer-8"}, "text": "Hello."}""", "actingAs.id" },
        { "/disputes/{ID}/evidence", """{"actingAs": {"party": "Buyer", "id": "buyer-7"}, "evidence": {"kind": "Photo", "fileName": "a.jpg", "mediaType": "image/jpeg", "sizeBytes": 10, "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "uri": "https://store.example/a", "uri": "https://evil.example/a"}}""", "evidence.uri" },
        { "/disputes/{ID}/reject-claim", """{"actingAs": {"party": "Seller", "id": "seller-3"}, "reason": "No.", "evidence": [{"kind": "Photo", "kind": "Receipt", "fileName": "a.jpg", "mediaType": "image/jpeg", "sizeBytes": 10, "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "uri": "https://store.example/a"}]}""", "evidence[0].kind" },
    };

    [Theory]
    [MemberData(nameof(Duplicates))]
    public async Task Given_a_key_twice_in_a_command_body_When_posted_Then_400_names_it_and_nothing_is_appended(string path, string body, string field)
    {
        var client = api.CreateClient();
        await EnsureOpened(client);
        var before = await Version(client);

        var response = await client.PostAsync(path.Replace("{ID}", Target.ToString()), Json(body));

        await ShouldNameDuplicate(response, field);
        (await Version(client)).Should().Be(before);
    }

    [Fact]
    public async Task Given_amount_paid_twice_When_a_dispute_is_opened_Then_400_and_no_dispute_exists()
    {
        var client = api.CreateClient();

        var topLevel = await client.PostAsync("/disputes", Json(OpenBody(Unopened, extra: """, "amountPaid": {"amount": 1, "currency": "EUR"}""")));
        var nested = await client.PostAsync("/disputes", Json(OpenBody(Unopened, """{"amount": 4999, "currency": "EUR", "amount": 1}""")));

        await ShouldNameDuplicate(topLevel, "amountPaid");
        await ShouldNameDuplicate(nested, "amountPaid.amount");
        (await client.GetAsync($"/disputes/{Unopened}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_key_twice_in_a_mediators_decision_When_posted_Then_400_names_it()
    {
        var client = api.CreateClient();
        await EnsureOpened(client);

        var response = await api.ClientAs("mediator-1", "mediator").PostAsync(
            $"/mediation/disputes/{Target}/decision", Json("""{"decision": "ClaimRejected", "decision": "FullRefund", "rationale": "r"}"""));

        await ShouldNameDuplicate(response, "decision");
    }

    [Fact]
    public async Task Given_a_key_twice_in_a_webhook_subscription_When_an_admin_creates_it_Then_400_names_it_and_none_is_created()
    {
        var admin = api.ClientAs("admin-1", "admin");

        var response = await admin.PostAsync("/webhooks/subscriptions",
            Json("""{"url": "https://store.example/hooks", "eventTypes": ["*"], "url": "https://evil.example/hooks"}"""));

        await ShouldNameDuplicate(response, "url");
        (await admin.GetJson("/webhooks/subscriptions"))["items"]!.AsArray().Should().BeEmpty();
    }

    private async Task EnsureOpened(HttpClient client)
    {
        var response = await client.PostAsync("/disputes", Json(OpenBody(Target)));
        response.StatusCode.Should().BeOneOf(HttpStatusCode.Created, HttpStatusCode.OK);
    }

    private static async Task<long> Version(HttpClient client) => (await client.GetJson($"/disputes/{Target}"))["version"]!.GetValue<long>();

    private static async Task ShouldNameDuplicate(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Json();
        problem["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/invalid-input");
        problem.FieldErrors(field).Should().ContainSingle(text).Which.Should().Contain("more than once");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
