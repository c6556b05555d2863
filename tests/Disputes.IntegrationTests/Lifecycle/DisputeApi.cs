using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Disputes.IntegrationTests;

// The API as a storefront, a mediator and the payment backend call it: plain JSON over HTTP, one method
// per action, each returning the raw response so tests assert statuses and bodies themselves.
public sealed class DisputeApi(HttpClient storefront, Func<string, HttpClient> mediator)
{
    public const string Buyer = "buyer-7";
    public const string Seller = "seller-3";

    // The default client is the storefront; each mediator calls with a token of its own.
    public static DisputeApi For(WebApplicationFactory<Program> app) => new(app.CreateClient(), m => app.ClientAs(m, "mediator"));

    public static JsonObject As(string party, string id) => new() { ["party"] = party, ["id"] = id };
    public static JsonObject AsBuyer => As("Buyer", Buyer);
    public static JsonObject AsSeller => As("Seller", Seller);
    public static JsonObject AsPlatform => As("Platform", "payments");

    public static JsonObject Euros(long cents) => new() { ["amount"] = cents, ["currency"] = "EUR" };

    public static JsonObject Evidence(int n) => new()
    {
        ["evidenceId"] = $"0199b000-0000-7000-8000-{n:D12}",
        ["kind"] = "Photo",
        ["fileName"] = $"photo-{n}.jpg",
        ["mediaType"] = "image/jpeg",
        ["sizeBytes"] = 120_000,
        ["sha256"] = new string('b', 64),
        ["uri"] = $"https://store.example/evidence/{n}",
    };

    public Task<HttpResponseMessage> Open(Guid id, string remedy = "FullRefund", string orderId = "order-1001") =>
        storefront.PostDispute(Requests.OpenDispute(id).With("requestedRemedy", remedy).With("orderId", orderId));

    public Task<HttpResponseMessage> Get(Guid id) => storefront.GetAsync($"/disputes/{id}");

    public Task<HttpResponseMessage> Storefront(Guid id, string action, JsonObject body, string? idempotencyKey = null, string? ifMatch = null, string? correlationId = null) =>
        Post(storefront, $"/disputes/{id}/{action}", body, idempotencyKey, ifMatch, correlationId);

    public Task<HttpResponseMessage> Mediator(string mediatorId, Guid id, string action, JsonObject? body = null) =>
        Post(mediator(mediatorId), $"/mediation/disputes/{id}/{action}", body ?? [], null, null);

    public static Task<HttpResponseMessage> Post(HttpClient client, string path, JsonObject body, string? idempotencyKey = null, string? ifMatch = null, string? correlationId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (ifMatch is not null)
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        if (correlationId is not null)
            request.Headers.Add("X-Correlation-Id", correlationId);
        return client.SendAsync(request);
    }

    // Asserts success and returns the dispute view, so a walk reads as a list of steps.
    public static async Task<JsonObject> Ok(Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    // Steps that must succeed, for tests about what comes after them (Reads/*, Deadlines/*, Audit/*).
    public Task<JsonObject> MakeOffer(Guid id, string kind, long cents, string note, string sellerId = Seller, string? idempotencyKey = null, string? correlationId = null) =>
        Ok(Storefront(id, "offers", new() { ["actingAs"] = As("Seller", sellerId), ["kind"] = kind, ["refundAmount"] = Euros(cents), ["note"] = note },
            idempotencyKey, correlationId: correlationId));

    public Task<JsonObject> Escalate(Guid id, string reason, string sellerId = Seller) =>
        Ok(Storefront(id, "escalate", new() { ["actingAs"] = As("Seller", sellerId), ["reason"] = reason }));

    public Task<JsonObject> RequestEvidence(string mediatorId, Guid id, string from, string description) =>
        Ok(Mediator(mediatorId, id, "evidence-requests", new() { ["from"] = from, ["description"] = description }));

    public Task<JsonObject> DecideFullRefund(string mediatorId, Guid id, string rationale) =>
        Ok(Mediator(mediatorId, id, "decision", new() { ["decision"] = "FullRefund", ["rationale"] = rationale }));
}
