using System.Text;
using System.Text.Json.Nodes;
using Disputes.Api.Commands;
using Disputes.Domain;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Disputes.IntegrationTests.Audit;

// Builds dispute histories for the audit tests: opening goes through HTTP (so its headers are the real ones),
// later steps through the executor directly, with the same scoped RequestContext an endpoint would fill.
public static class AuditScenario
{
    public static async Task<JsonObject> Open<T>(ApiFixture<T> api, Guid id, string idempotencyKey, string correlationId, string? orderId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/disputes")
        {
            Content = new StringContent(Requests.OpenDispute(id).With("orderId", orderId ?? $"order-{id}").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        request.Headers.Add("X-Correlation-Id", correlationId);
        var response = await api.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Json();
    }

    public static async Task<Written> Execute<T>(ApiFixture<T> api, IDisputeCommand command, string correlationId, string? idempotencyKey = null)
    {
        using var scope = api.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
        context.CorrelationId = correlationId;
        if (idempotencyKey is not null)
            context.Idempotency = new IdempotencyRequest(idempotencyKey, $"test:{command.GetType().Name}:{command.DisputeId}");
        var outcome = await scope.ServiceProvider.GetRequiredService<DisputeCommandExecutor>().Execute(command, CancellationToken.None);
        return outcome.Should().BeOfType<Written>().Subject;
    }

    public static MakeOffer PartialOffer(Guid id, long amount = 2000) =>
        new(id, OfferKind.PartialRefund, new Money(amount, "EUR"), "Half back, keep the item.", Actor.Seller("seller-3"));

    public static PostMessage Message(Guid id, Guid messageId) =>
        new(id, messageId, "Any news on the parcel?", Actor.Buyer("buyer-7"));

    public static HttpClient Auditor<T>(this ApiFixture<T> api) => api.ClientAs("auditor-1", "auditor");

    public static async Task<JsonObject> GetJson(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Json();
    }

    public static string Iso(Instant instant) => NodaTime.Text.InstantPattern.ExtendedIso.Format(instant);
}
