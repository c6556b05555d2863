using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Disputes.ConsoleTests;

// What the storefront backend does before a mediator or auditor ever looks: disputes opened, answered, escalated.
public static class Seeds
{
    public static async Task<JsonObject> Send(HttpClient client, string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().BeOneOf([HttpStatusCode.OK, HttpStatusCode.Created], text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static Task<JsonObject> Open(HttpClient storefront, Guid id, string orderId, string description) => Send(storefront, "/disputes", new
    {
        disputeId = id,
        orderId,
        buyerId = "buyer-7",
        sellerId = "seller-3",
        reason = "ItemNotReceived",
        amountPaid = new { amount = 4999, currency = "EUR" },
        requestedRemedy = "FullRefund",
        protectionEndsAt = DateTime.UtcNow.AddDays(30).ToString("O"),
        description,
    });

    public static Task<JsonObject> Offer(HttpClient storefront, Guid id) => Send(storefront, $"/disputes/{id}/offers", new
    {
        actingAs = new { party = "Seller", id = "seller-3" },
        kind = "PartialRefund",
        refundAmount = new { amount = 1500, currency = "EUR" },
        note = "Part of it back?",
    });

    public static Task<JsonObject> Escalate(HttpClient storefront, Guid id) =>
        Send(storefront, $"/disputes/{id}/escalate", new { actingAs = new { party = "Seller", id = "seller-3" }, reason = "We cannot agree." });

    public static Task<JsonObject> Evidence(HttpClient storefront, Guid id, string fileName) => Send(storefront, $"/disputes/{id}/evidence", new
    {
        actingAs = new { party = "Buyer", id = "buyer-7" },
        evidence = new
        {
            evidenceId = Guid.NewGuid(),
            kind = "Photo",
            fileName,
            mediaType = "image/jpeg",
            sizeBytes = 120_000,
            sha256 = new string('b', 64),
            uri = "https://store.example/evidence/1",
        },
    });
}
