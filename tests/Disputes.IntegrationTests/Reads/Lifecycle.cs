using System.Net;
using System.Text.Json.Nodes;
using Disputes.Deadlines.Scheduling;
using Disputes.Domain;
using Disputes.Projections.Writing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Reads;

// Lifecycle steps for read tests, over HTTP as the storefront and mediators send them; each must succeed.
// Only the SLA expiry is not a request: it is the command the deadline scheduler sends.
public static class Lifecycle
{
    public sealed record Parties(string OrderId, string BuyerId = "buyer-1", string SellerId = "seller-1", string Reason = "ItemNotReceived");

    public static async Task<Guid> Open<T>(this ApiFixture<T> api, HttpClient client, Guid id, Parties parties, string? reopenReason = null)
    {
        var body = Requests.OpenDispute(id)
            .With("reopenReason", reopenReason)
            .With("orderId", parties.OrderId)
            .With("buyerId", parties.BuyerId)
            .With("sellerId", parties.SellerId)
            .With("reason", parties.Reason)
            // Far enough ahead that tests may move the clock by days.
            .With("protectionEndsAt", "2027-06-01T00:00:00Z");
        await Ok(client.PostDispute(body), HttpStatusCode.Created);
        return id;
    }

    public static Task MakeOffer<T>(this ApiFixture<T> api, Guid id, string sellerId) =>
        For(api).MakeOffer(id, "PartialRefund", 1000, "Half back?", sellerId);

    public static Task Escalate<T>(this ApiFixture<T> api, Guid id, string sellerId) =>
        For(api).Escalate(id, "We cannot agree.", sellerId);

    public static Task Claim<T>(this ApiFixture<T> api, Guid id, string mediatorId) =>
        Ok(For(api).Mediator(mediatorId, id, "claim"));

    public static Task RequestEvidence<T>(this ApiFixture<T> api, Guid id, string mediatorId) =>
        For(api).RequestEvidence(mediatorId, id, "Buyer", "Photos of the parcel, please.");

    public static Task Decide<T>(this ApiFixture<T> api, Guid id, string mediatorId) =>
        For(api).DecideFullRefund(mediatorId, id, "The parcel never arrived.");

    public static Task Withdraw<T>(this ApiFixture<T> api, Guid id, string buyerId) =>
        Ok(For(api).Storefront(id, "withdraw", new() { ["actingAs"] = As("Buyer", buyerId), ["reason"] = "Found it on the porch." }));

    // What the deadline scheduler sends when the mediator decision SLA passes; no endpoint takes it.
    public static async Task ExpireSla<T>(this ApiFixture<T> api, Guid id, Instant dueAt)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireDeadlineRequest(id, DeadlineKind.MediatorDecisionSla, dueAt,
            ExpireDeadlineRequest.CorrelationFor(id, DeadlineKind.MediatorDecisionSla, dueAt)));
        outcome.Should().BeOfType<Written>().Which.Appended.Should().BeTrue();
    }

    public static Guid[] Ids(this JsonObject page) =>
        page["items"]!.AsArray().Select(i => (i!["id"] ?? i["dispute"]!["id"])!.GetValue<Guid>()).ToArray();
}
