using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Disputes.IntegrationTests;

// Bodies as a storefront would send them: plain JSON, no server types, so the wire format is what is tested.
public static class Requests
{
    public static JsonObject OpenDispute(Guid? disputeId = null) => new()
    {
        ["disputeId"] = disputeId?.ToString(),
        // An order holds one open dispute at a time, so each dispute id gets its own order.
        ["orderId"] = disputeId is { } id ? $"order-{id}" : "order-1001",
        ["buyerId"] = "buyer-7",
        ["sellerId"] = "seller-3",
        ["reason"] = "ItemNotReceived",
        ["amountPaid"] = new JsonObject { ["amount"] = 4999, ["currency"] = "EUR" },
        ["requestedRemedy"] = "FullRefund",
        ["protectionEndsAt"] = "2026-11-25T10:00:00Z",
        ["description"] = "The parcel never arrived.",
    };

    public static Task<HttpResponseMessage> PostDispute(this HttpClient client, JsonObject body) =>
        client.PostAsync("/disputes", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    public static async Task<JsonObject> Json(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static async Task<JsonObject> GetJson(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Json();
    }

    public static JsonObject With(this JsonObject body, string property, JsonNode? value)
    {
        var copy = (JsonObject)body.DeepClone();
        copy[property] = value;
        return copy;
    }

    public static JsonObject Without(this JsonObject body, string property)
    {
        var copy = (JsonObject)body.DeepClone();
        copy.Remove(property);
        return copy;
    }

    public static string[] FieldErrors(this JsonObject problem, string field) =>
        problem["errors"]?[field]?.AsArray().Select(e => e!.GetValue<string>()).ToArray() ?? [];
}
