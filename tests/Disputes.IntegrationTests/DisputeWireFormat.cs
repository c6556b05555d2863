using System.Net;
using System.Text.Json.Nodes;

namespace Disputes.IntegrationTests;

// The JSON a storefront codes against: camelCase, enums by name, instants as ISO-8601 UTC,
// deadlines and allowed actions from the policy in force.
public sealed class DisputeWireFormat(ApiFixture<DisputeWireFormat> api) : IClassFixture<ApiFixture<DisputeWireFormat>>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task Given_an_opened_dispute_When_read_Then_it_has_the_documented_shape()
    {
        var id = Guid.Parse("0199a000-0000-7000-8000-000000000010");
        (await client.PostDispute(Requests.OpenDispute(id))).StatusCode.Should().Be(HttpStatusCode.Created);

        var view = await (await client.GetAsync($"/disputes/{id}")).Json();

        view["status"]!.GetValue<string>().Should().Be("AwaitingSellerResponse");
        view["reason"]!.GetValue<string>().Should().Be("ItemNotReceived");
        view["protectionEndsAt"]!.GetValue<string>().Should().Be("2026-11-25T10:00:00Z");
        view["openedAt"]!.GetValue<string>().Should().Be("2026-11-20T10:00:00Z");
        view["amountPaid"]!.ToJsonString().Should().Be("""{"amount":4999,"currency":"EUR"}""");
        view["requestedRefund"]!["amount"]!.GetValue<long>().Should().Be(4999);
        view["policyVersion"]!.GetValue<string>().Should().NotBeNullOrEmpty();

        var sellerResponse = view["deadlines"]!.AsArray().Single(d => d!["kind"]!.GetValue<string>() == "SellerResponse")!;
        sellerResponse["dueAt"]!.GetValue<string>().Should().Be("2026-11-25T10:00:00Z");
        sellerResponse["rule"]!.GetValue<string>().Should().Be("seller-first-response");
        sellerResponse["consequence"]!.GetValue<string>().Should().NotBeNullOrEmpty();

        var seller = view["allowedActions"]!["seller"]!.AsArray();
        var acceptClaim = seller.Single(a => a!["action"]!.GetValue<string>() == "AcceptClaim")!;
        acceptClaim["until"]!.GetValue<string>().Should().Be("2026-11-25T10:00:00Z");
        view["allowedActions"]!["buyer"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()).Should().Contain("Withdraw");
    }

    [Fact]
    public async Task Given_time_has_passed_When_read_Then_allowed_actions_reflect_the_clock()
    {
        var id = Guid.Parse("0199a000-0000-7000-8000-000000000011");
        (await client.PostDispute(Requests.OpenDispute(id))).StatusCode.Should().Be(HttpStatusCode.Created);

        api.Clock.AdvanceDays(6);
        try
        {
            var view = await (await client.GetAsync($"/disputes/{id}")).Json();
            view["allowedActions"]!["seller"]!.AsArray().Select(a => a!["action"]!.GetValue<string>())
                .Should().NotContain("AcceptClaim");
        }
        finally
        {
            api.Clock.Reset(ApiFixture<DisputeWireFormat>.Now);
        }
    }
}
