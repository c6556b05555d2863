using System.Net;
using System.Text.Json.Nodes;
using NodaTime;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Webhooks;

// The storefront's steps over HTTP, on the real clock (buyer protection runs 30 days from now).
public sealed class Steps(WebhookHost host)
{
    private readonly DisputeApi http = For(host);

    public async Task<Guid> Open(Guid id)
    {
        var body = Requests.OpenDispute(id)
            .With("protectionEndsAt", NodaTime.Text.InstantPattern.General.Format(SystemClock.Instance.GetCurrentInstant() + Duration.FromDays(30)));
        await Ok(host.CreateClient().PostDispute(body), HttpStatusCode.Created);
        return id;
    }

    public Task Message(Guid id, int n) =>
        Ok(http.Storefront(id, "messages", new()
        {
            ["actingAs"] = AsBuyer,
            ["messageId"] = $"{id.ToString()[..18]}-{n:D4}-{id.ToString()[^12..]}",
            ["text"] = $"Message {n}",
        }));

    public Task OfferPartialRefund(Guid id) => http.MakeOffer(id, "PartialRefund", 2000, "Half back, keep the item.");

    public Task AcceptOffer(Guid id) => Ok(http.Storefront(id, "offer/accept", new() { ["actingAs"] = AsBuyer }));

    public Task<HttpResponseMessage> Post(Guid id, string action, JsonObject body, string? ifMatch = null) =>
        http.Storefront(id, action, body, ifMatch: ifMatch);
}
