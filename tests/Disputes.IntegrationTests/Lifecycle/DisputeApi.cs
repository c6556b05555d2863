using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Disputes.IntegrationTests;

// The API as a storefront, a mediator and the payment backend call it: plain JSON over HTTP, one method
// per action, each returning the raw response so tests assert statuses and bodies themselves.
public sealed class DisputeApi(HttpClient storefront, Func<string, HttpClient> mediator)
{
    public const string Buyer = "buyer-7";
    public const string Seller = "seller-3";

    public static JsonObject As(string party, string id) => new() { ["party"] = party, ["id"] = id };
    public static JsonObject AsBuyer => As("Buyer", Buyer);
    public static JsonObject AsSeller => As("Seller", Seller);
    public static JsonObject AsPlatform => As("Platform", "payments");

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

    public Task<HttpResponseMessage> Storefront(Guid id, string action, JsonObject body, string? idempotencyKey = null, string? ifMatch = null) =>
        Post(storefront, $"/disputes/{id}/{action}", body, idempotencyKey, ifMatch);

    public Task<HttpResponseMessage> Mediator(string mediatorId, Guid id, string action, JsonObject? body = null) =>
        Post(mediator(mediatorId), $"/mediation/disputes/{id}/{action}", body ?? [], null, null);

    public static Task<HttpResponseMessage> Post(HttpClient client, string path, JsonObject body, string? idempotencyKey = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (ifMatch is not null)
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
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
}
