using System.Text.Json.Nodes;

namespace Disputes.IntegrationTests.Reads;

// The list projection's "waiting on whom" through a case's life, and the mediators' needs-action built on it.
public sealed class WaitingOnWhom(ApiFixture<WaitingOnWhom> api) : IClassFixture<ApiFixture<WaitingOnWhom>>
{
    private readonly HttpClient client = api.CreateClient();

    private static Guid Id(int n) => Guid.Parse($"0199d100-0000-7000-8000-{n:D12}");

    private async Task<string> Waiting(Guid id, string buyerId)
    {
        var page = await client.GetJson($"/disputes?buyerId={buyerId}");
        var item = page["items"]!.AsArray().Single(i => i!["id"]!.GetValue<Guid>() == id)!;
        return string.Join("; ", item["waitingOn"]!.AsArray().Select(w =>
            $"{w!["who"]}:{w["id"]?.GetValue<string>() ?? "any"}:{string.Join(",", w["answers"]!.AsArray().Select(a => a!.GetValue<string>()))}"));
    }

    private static Guid[] Ids(JsonObject page) => page["items"]!.AsArray().Select(i => i!["dispute"]!["id"]!.GetValue<Guid>()).ToArray();

    [Fact]
    public async Task Given_a_case_through_mediation_When_listed_Then_it_waits_on_the_seller_then_any_mediator_then_the_one_who_claimed_it_then_nobody()
    {
        var id = await api.Open(client, Id(1), new("order-w1", "buyer-w1", "seller-w1"));
        (await Waiting(id, "buyer-w1")).Should().Be("Seller:seller-w1:AcceptClaim,MakeOffer,RejectClaim");

        await api.Escalate(id, "seller-w1");
        (await Waiting(id, "buyer-w1")).Should().Be("Mediator:any:ClaimCase");

        await api.Claim(id, "mediator-w1");
        (await Waiting(id, "buyer-w1")).Should().Be("Mediator:mediator-w1:RecordDecision");

        await api.Decide(id, "mediator-w1");
        (await Waiting(id, "buyer-w1")).Should().BeEmpty("the appeal window is an option, not a question");
    }

    [Fact]
    public async Task Given_unclaimed_and_claimed_cases_When_a_mediator_asks_what_needs_their_action_Then_their_own_cases_then_the_claimable_ones()
    {
        var mine = await api.Open(client, Id(10), new("order-w10", "buyer-w10", "seller-w10"));
        var theirs = await api.Open(client, Id(11), new("order-w11", "buyer-w11", "seller-w11"));
        var open = await api.Open(client, Id(12), new("order-w12", "buyer-w12", "seller-w12"));
        await api.Open(client, Id(13), new("order-w13", "buyer-w13", "seller-w13"));
        foreach (var (id, seller) in new[] { (mine, "seller-w10"), (theirs, "seller-w11"), (open, "seller-w12") })
            await api.Escalate(id, seller);
        await api.Claim(mine, "mediator-w10");
        await api.Claim(theirs, "mediator-w11");

        var page = await api.ClientAs("mediator-w10", "mediator").GetJson("/mediation/needs-action");

        Ids(page).Should().Contain([mine, open]).And.NotContain(theirs).And.NotContain(Id(13));
        Ids(page).First().Should().Be(mine);
        page["items"]![0]!["actions"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()).Should().Equal("RecordDecision");
        page["items"]!.AsArray().Single(i => i!["dispute"]!["id"]!.GetValue<Guid>() == open)!["actions"]![0]!["action"]!.GetValue<string>().Should().Be("ClaimCase");
    }

    [Fact]
    public async Task Given_a_storefront_token_When_asking_the_mediators_needs_action_Then_403() =>
        (await client.GetAsync("/mediation/needs-action")).StatusCode.Should().Be(System.Net.HttpStatusCode.Forbidden);
}
