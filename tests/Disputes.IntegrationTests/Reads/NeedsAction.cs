using System.Net;

namespace Disputes.IntegrationTests.Reads;

public sealed class NeedsAction(ApiFixture<NeedsAction> api) : IClassFixture<ApiFixture<NeedsAction>>
{
    private readonly HttpClient client = api.CreateClient();

    private static Guid Id(int n) => Guid.Parse($"0199d000-0000-7000-8000-{n:D12}");

    private static string[] Actions(System.Text.Json.Nodes.JsonObject page, int item) =>
        page["items"]![item]!["actions"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task Given_new_disputes_When_asked_Then_the_seller_must_answer_earliest_deadline_first_and_the_buyer_waits()
    {
        var older = await api.Open(client, Id(1), new("order-n1", "buyer-n1", "seller-n1"));
        api.Clock.AdvanceHours(1);
        var newer = await api.Open(client, Id(2), new("order-n2", "buyer-n2", "seller-n1"));

        var seller = await client.GetJson("/disputes/needs-action?party=seller&partyId=seller-n1");

        seller.Ids().Should().Equal(older, newer);
        Actions(seller, 0).Should().BeEquivalentTo("AcceptClaim", "MakeOffer", "RejectClaim");
        seller["items"]![0]!["dueAt"]!.GetValue<string>().Should().Be(seller["items"]![0]!["dispute"]!["nextDeadline"]!["dueAt"]!.GetValue<string>());
        (await client.GetJson("/disputes/needs-action?party=buyer&partyId=buyer-n1")).Ids().Should().BeEmpty();
    }

    [Fact]
    public async Task Given_an_offer_When_asked_Then_it_is_the_buyers_turn_and_no_longer_the_sellers()
    {
        var id = await api.Open(client, Id(10), new("order-n10", "buyer-n10", "seller-n10"));

        await api.MakeOffer(id, "seller-n10");

        var buyer = await client.GetJson("/disputes/needs-action?party=buyer&partyId=buyer-n10");
        buyer.Ids().Should().Equal(id);
        Actions(buyer, 0).Should().BeEquivalentTo("AcceptOffer", "RejectOffer", "CounterOffer");
        buyer["items"]![0]!["dueAt"].Should().NotBeNull();
        (await client.GetJson("/disputes/needs-action?party=seller&partyId=seller-n10")).Ids().Should().BeEmpty();
    }

    [Theory]
    [InlineData("/disputes/needs-action?party=mediator&partyId=m", "party")]
    [InlineData("/disputes/needs-action?partyId=m", "party")]
    [InlineData("/disputes/needs-action?party=buyer", "partyId")]
    public async Task Given_a_bad_query_When_asked_Then_400_names_the_field(string url, string field)
    {
        var response = await client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Json()).FieldErrors(field).Should().NotBeEmpty();
    }
}
