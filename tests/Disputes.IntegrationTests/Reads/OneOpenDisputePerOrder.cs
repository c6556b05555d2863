using System.Net;

namespace Disputes.IntegrationTests.Reads;

public sealed class OneOpenDisputePerOrder(ApiFixture<OneOpenDisputePerOrder> api) : IClassFixture<ApiFixture<OneOpenDisputePerOrder>>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task Given_two_disputes_for_one_order_When_opened_at_once_Then_one_is_created_and_the_other_is_told_which_holds_the_order()
    {
        var first = Guid.Parse("0199b000-0000-7000-8000-000000000001");
        var second = Guid.Parse("0199b000-0000-7000-8000-000000000002");
        var body = Requests.OpenDispute().With("orderId", "order-race");

        var responses = await Task.WhenAll(
            client.PostDispute(body.With("disputeId", first.ToString())),
            client.PostDispute(body.With("disputeId", second.ToString())));

        responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Created, HttpStatusCode.Conflict]);
        var created = await responses.Single(r => r.StatusCode == HttpStatusCode.Created).Json();
        var conflict = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        conflict.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await conflict.Json();
        problem["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/order-has-open-dispute");
        problem["disputeId"]!.GetValue<Guid>().Should().Be(created["id"]!.GetValue<Guid>());
        problem["orderId"]!.GetValue<string>().Should().Be("order-race");
    }

    [Fact]
    public async Task Given_the_orders_dispute_was_withdrawn_When_another_is_opened_Then_it_is_created()
    {
        var first = Guid.Parse("0199b000-0000-7000-8000-000000000011");
        var second = Guid.Parse("0199b000-0000-7000-8000-000000000012");
        var parties = new Lifecycle.Parties("order-reopened");
        await api.Open(client, first, parties);
        (await client.PostDispute(Requests.OpenDispute(second).With("orderId", "order-reopened"))).StatusCode.Should().Be(HttpStatusCode.Conflict);

        await api.Withdraw(first, parties.BuyerId);

        // The policy lets an order be disputed again after a withdrawal, with the reason recorded.
        await api.Open(client, second, parties, reopenReason: "The parcel that arrived was empty.");
        (await client.GetJson("/disputes?orderId=order-reopened")).Ids().Should().Equal(second, first);
    }

    [Fact]
    public async Task Given_an_open_dispute_When_its_own_opening_is_repeated_Then_200_and_the_order_stays_its()
    {
        var id = Guid.Parse("0199b000-0000-7000-8000-000000000021");
        var parties = new Lifecycle.Parties("order-repeat");
        await api.Open(client, id, parties);

        var body = Requests.OpenDispute(id).With("orderId", parties.OrderId).With("buyerId", parties.BuyerId)
            .With("sellerId", parties.SellerId).With("reason", parties.Reason).With("protectionEndsAt", "2027-06-01T00:00:00Z");
        (await client.PostDispute(body)).StatusCode.Should().Be(HttpStatusCode.OK);

        var other = await client.PostDispute(Requests.OpenDispute(Guid.Parse("0199b000-0000-7000-8000-000000000022")).With("orderId", parties.OrderId));
        (await other.Json())["disputeId"]!.GetValue<Guid>().Should().Be(id);
    }
}
