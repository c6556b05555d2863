using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Disputes.IntegrationTests;

// No input, however malformed, yields a 500: every command endpoint of the OpenAPI document gets a fixed
// set of hostile bodies against an open dispute, and must answer with a 4xx problem (or a success).
public sealed class MalformedInput(ApiFixture<MalformedInput> api) : IClassFixture<ApiFixture<MalformedInput>>
{
    private static readonly Guid Target = Guid.Parse("0199f100-0000-7000-8000-000000000001");

    private static readonly string[] Bodies =
    [
        "", "{", "[]", "null", "42", "\"text\"", "{}",
        """{"actingAs": 5}""",
        """{"actingAs": {"party": "Martian", "id": "x"}}""",
        """{"actingAs": {"party": "Buyer", "id": null}, "text": 7}""",
        """{"actingAs": {"party": "Seller", "id": "seller-3"}, "kind": "PartialRefund", "refundAmount": {"amount": 99999999999999999999, "currency": "EUR"}}""",
        """{"actingAs": {"party": "Seller", "id": "seller-3"}, "kind": "PartialRefund", "refundAmount": {"amount": -5, "currency": "eur"}}""",
        """{"actingAs": {"party": "Buyer", "id": "buyer-7"}, "evidence": {"kind": "Photo", "sizeBytes": "big"}}""",
        """{"decision": "Maybe", "rationale": "" }""",
        """{"from": 3, "description": ["a"]}""",
        """{"orderId": "o", "buyerId": "b", "sellerId": "s", "reason": "Other", "amountPaid": {"amount": 1, "currency": "EUR"}, "requestedRemedy": "FullRefund", "protectionEndsAt": "yesterday", "description": "d"}""",
        "{\"text\": \"\\u0000\", \"actingAs\": {\"party\": \"Buyer\", \"id\": \"buyer-7\"}}",
        "{\"actingAs\": {\"party\": \"Platform\", \"id\": \"pay\\u0000\"}, \"attempt\": 1, \"paymentReference\": \"p\", \"reason\": \"r\"}",
        "{\"orderId\": \"o\\u0000\", \"buyerId\": \"b\", \"sellerId\": \"s\", \"reason\": \"Other\", \"amountPaid\": {\"amount\": 1, \"currency\": \"EUR\"}, \"requestedRemedy\": \"FullRefund\", \"protectionEndsAt\": \"2027-01-01T00:00:00Z\", \"description\": \"d\"}",
    ];

    [Fact]
    public async Task Every_command_endpoint_answers_hostile_bodies_without_a_server_error()
    {
        var storefront = api.CreateClient();
        (await storefront.PostDispute(Requests.OpenDispute(Target))).StatusCode.Should().Be(HttpStatusCode.Created);
        var document = JsonNode.Parse(await storefront.GetStringAsync("/openapi/v1.json"))!.AsObject();
        var paths = document["paths"]!.AsObject().Where(p => p.Value!["post"] is not null).Select(p => p.Key.Replace("{disputeId}", Target.ToString())).ToList();
        var clients = new[] { storefront, api.ClientAs("mediator-1", "mediator"), api.ClientAs("admin-1", "admin") };

        var failures = new List<string>();
        foreach (var path in paths)
            foreach (var client in clients)
                foreach (var body in Bodies)
                {
                    var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
                    if ((int)response.StatusCode >= 500)
                        failures.Add($"{(int)response.StatusCode} POST {path} {body}: {await response.Content.ReadAsStringAsync()}");
                    else if ((int)response.StatusCode >= 400)
                        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", $"POST {path} {body}");
                }

        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/disputes?buyerId=b&limit=abc")]
    [InlineData("/disputes?buyerId=b&openedFrom=tomorrow")]
    [InlineData("/disputes?buyerId=b&cursor=!!!")]
    [InlineData("/disputes?status=Nope&sellerId=s")]
    [InlineData("/disputes/needs-action?party=Mediator&partyId=x")]
    [InlineData("/disputes/not-a-guid")]
    [InlineData("/disputes?buyerId=%00")]
    [InlineData("/disputes/needs-action?party=Buyer&partyId=%00")]
    public async Task Hostile_queries_are_client_errors(string url)
    {
        var response = await api.CreateClient().GetAsync(url);
        ((int)response.StatusCode).Should().BeInRange(400, 499, url);
    }
}
