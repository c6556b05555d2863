using System.Net;
using System.Text.Json.Nodes;
using Disputes.Api.Commands;
using Disputes.Domain;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Disputes.IntegrationTests.Reads;

// Lifecycle steps for read tests. Opening goes over HTTP; the steps without an endpoint yet go straight
// through the shared executor, all here so each can switch to its endpoint when it lands.
public static class Lifecycle
{
    public sealed record Parties(string OrderId, string BuyerId = "buyer-1", string SellerId = "seller-1", string Reason = "ItemNotReceived");

    public static async Task<Guid> Open<T>(this ApiFixture<T> api, HttpClient client, Guid id, Parties parties)
    {
        var body = Requests.OpenDispute(id)
            .With("orderId", parties.OrderId)
            .With("buyerId", parties.BuyerId)
            .With("sellerId", parties.SellerId)
            .With("reason", parties.Reason)
            // Far enough ahead that tests may move the clock by days.
            .With("protectionEndsAt", "2027-06-01T00:00:00Z");
        var response = await client.PostDispute(body);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return id;
    }

    public static Task MakeOffer<T>(this ApiFixture<T> api, Guid id, string sellerId) =>
        api.Run(new MakeOffer(id, OfferKind.PartialRefund, new Money(1000, "EUR"), "Half back?", Actor.Seller(sellerId)));

    public static Task Escalate<T>(this ApiFixture<T> api, Guid id, string sellerId) =>
        api.Run(new Escalate(id, "We cannot agree.", Actor.Seller(sellerId)));

    public static Task Claim<T>(this ApiFixture<T> api, Guid id, string mediatorId) =>
        api.Run(new ClaimCase(id, Actor.Mediator(mediatorId)));

    public static Task RequestEvidence<T>(this ApiFixture<T> api, Guid id, string mediatorId) =>
        api.Run(new RequestEvidence(id, Party.Buyer, "Photos of the parcel, please.", Actor.Mediator(mediatorId)));

    public static Task Decide<T>(this ApiFixture<T> api, Guid id, string mediatorId) =>
        api.Run(new RecordDecision(id, DecisionKind.FullRefund, null, "The parcel never arrived.", Actor.Mediator(mediatorId)));

    public static Task Withdraw<T>(this ApiFixture<T> api, Guid id, string buyerId) =>
        api.Run(new WithdrawDispute(id, "Found it on the porch.", Actor.Buyer(buyerId)));

    // What the deadline scheduler will do when the mediator decision SLA passes.
    public static Task ExpireSla<T>(this ApiFixture<T> api, Guid id, Instant dueAt) =>
        api.Run(new ExpireDeadline(id, DeadlineKind.MediatorDecisionSla, dueAt, Actor.System("scheduler")));

    private static async Task Run<T>(this ApiFixture<T> api, IDisputeCommand command)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<DisputeCommandExecutor>().Execute(command, CancellationToken.None);
        outcome.Should().BeOfType<Written>().Which.Appended.Should().BeTrue();
    }

    public static async Task<JsonObject> GetJson(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Json();
    }

    public static Guid[] Ids(this JsonObject page) =>
        page["items"]!.AsArray().Select(i => (i!["id"] ?? i["dispute"]!["id"])!.GetValue<Guid>()).ToArray();
}
