using System.Net;
using System.Text.Json.Nodes;
using static Disputes.IntegrationTests.Projections.StatisticsStory<Disputes.IntegrationTests.Projections.SellerScorecards>;

namespace Disputes.IntegrationTests.Projections;

// The async seller scorecard through the real API and daemon, after the story in StatisticsStory.
public sealed class SellerScorecards(StatisticsStory<SellerScorecards> story) : IClassFixture<StatisticsStory<SellerScorecards>>
{
    private readonly HttpClient storefront = story.Host.CreateClient();

    [Fact]
    public async Task A_sellers_card_counts_every_way_their_disputes_ended()
    {
        var card = await storefront.GetJson($"/sellers/{SellerA}/scorecard");

        card["sellerId"]!.GetValue<string>().Should().Be(SellerA);
        Counts(card, "opened", "open", "closed", "won", "lost", "resolvedByDeadline").Should().Equal(7, 1, 6, 3, 3, 2);
        Counts(card["outcomes"]!, "buyerFavoured", "sellerFavoured", "split", "withdrawn", "expired").Should().Equal(2, 1, 1, 1, 1);
        card["refunded"]!.ToJsonString().Should().Be("""[{"amount":7499,"currency":"EUR"},{"amount":1000,"currency":"USD"}]""");
        card["asOf"]!.GetValue<string>().Should().Be("2026-11-30T11:00:00Z");
    }

    [Fact]
    public async Task The_median_first_response_times_only_each_disputes_first_seller_answer()
    {
        var card = await storefront.GetJson($"/sellers/{SellerA}/scorecard");

        // 1 h (offer on 5), 2 h (accepted 1), 4 h (offer on 2), 6 h (rejected 3); 4 was never answered, 6 was withdrawn
        // unanswered and 7 only got a message.
        Counts(card["firstResponse"]!, "answered", "awaiting").Should().Equal(4, 1);
        card["firstResponse"]!["median"]!.GetValue<string>().Should().Be("PT3H");
    }

    [Fact]
    public async Task An_escalation_instead_of_an_answer_is_the_sellers_first_response()
    {
        var card = await storefront.GetJson($"/sellers/{SellerB}/scorecard");

        Counts(card, "opened", "open", "closed", "won", "lost", "resolvedByDeadline").Should().Equal(2, 1, 1, 0, 1, 0);
        card["refunded"]!.ToJsonString().Should().Be("""[{"amount":1200,"currency":"EUR"}]""");
        Counts(card["firstResponse"]!, "answered", "awaiting").Should().Equal(2, 0);
        card["firstResponse"]!["median"]!.GetValue<string>().Should().Be("PT37M30S");
        card["asOf"]!.GetValue<string>().Should().Be("2026-11-20T10:45:00Z");
    }

    [Fact]
    public async Task A_seller_without_disputes_has_an_empty_card()
    {
        var card = await storefront.GetJson("/sellers/seller-nobody/scorecard");

        Counts(card, "opened", "open", "closed", "won", "lost", "resolvedByDeadline").Should().Equal(0, 0, 0, 0, 0, 0);
        card["refunded"]!.AsArray().Should().BeEmpty();
        card["firstResponse"]!["median"].Should().BeNull();
        card["asOf"].Should().BeNull();
    }

    [Fact]
    public async Task A_seller_id_no_dispute_could_have_is_a_validation_problem()
    {
        var response = await storefront.GetAsync($"/sellers/{new string('s', 201)}/scorecard");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Json()).FieldErrors("sellerId").Should().ContainSingle();
    }

    [Theory]
    [InlineData("mediator", HttpStatusCode.OK)]
    [InlineData("auditor", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task Every_role_reads_scorecards(string role, HttpStatusCode expected)
    {
        var response = await story.Host.ClientAs($"{role}-1", role).GetAsync($"/sellers/{SellerA}/scorecard");

        response.StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task Without_a_token_a_scorecard_is_refused()
    {
        var response = await story.Host.ClientAs("nobody").GetAsync($"/sellers/{SellerA}/scorecard");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static int[] Counts(JsonNode node, params string[] names) => names.Select(n => node[n]!.GetValue<int>()).ToArray();
}
