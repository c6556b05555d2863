using System.Net;
using System.Text.Json.Nodes;
using NodaTime;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Audit;

// Builds dispute histories for the audit tests over HTTP, each step with the Idempotency-Key and
// X-Correlation-Id headers a storefront sends, so the metadata on the events is what the API records.
public static class AuditScenario
{
    public static Task<JsonObject> Open<T>(ApiFixture<T> api, Guid id, string idempotencyKey, string correlationId, string? orderId = null) =>
        Ok(Post(api.CreateClient(), "/disputes", Requests.OpenDispute(id).With("orderId", orderId ?? $"order-{id}"), idempotencyKey, correlationId: correlationId),
            HttpStatusCode.Created);

    public static Task<JsonObject> PartialOffer<T>(ApiFixture<T> api, Guid id, string correlationId, string idempotencyKey) =>
        For(api).MakeOffer(id, "PartialRefund", 2000, "Half back, keep the item.", idempotencyKey: idempotencyKey, correlationId: correlationId);

    public static Task<JsonObject> Message<T>(ApiFixture<T> api, Guid id, string correlationId) =>
        Ok(For(api).Storefront(id, "messages", new() { ["actingAs"] = AsBuyer, ["text"] = "Any news on the parcel?" }, correlationId: correlationId));

    public static HttpClient Auditor<T>(this ApiFixture<T> api) => api.ClientAs("auditor-1", "auditor");

    public static string Iso(Instant instant) => NodaTime.Text.InstantPattern.ExtendedIso.Format(instant);
}
