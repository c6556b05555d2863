using System.Net;
using System.Text.Json.Nodes;
using Disputes.IntegrationTests.Deadlines;
using NodaTime;
using NodaTime.Testing;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Projections;

// Ratings of closed disputes through the real API, scheduler and daemon, on a schema of their own:
//   1: escalated, m1 claims and decides a full refund, the appeal window closes, the refund is paid: closed; the buyer
//      rates it 5, the seller 2 (both credited to m1, whose decision settled it)
//   2: withdrawn by the buyer, who rates it 4 (no mediator to credit)
public sealed class ResolutionRatingTests : IAsyncLifetime
{
    private const string Seller = "seller-r";
    private readonly DeadlineHost host = new("ratings", new FakeClock(Marketplace.Start), new Dictionary<string, string?> { ["Disputes:Projections:Daemon"] = "Solo" });
    private Marketplace market = null!;
    private DisputeApi http = null!;
    private Guid decided;
    private Guid withdrawn;

    public async Task InitializeAsync()
    {
        // Before the first client: creating one starts the host, which builds the schema.
        await DeadlineHost.DropSchema(host.Schema);
        market = new Marketplace(host);
        http = For(host);
        decided = await market.Open(1, Seller, "ItemNotReceived", 4000, "EUR");
        withdrawn = await market.Open(2, Seller, "NotAsDescribed", 3000, "EUR");

        market.Wait(Duration.FromHours(1));
        await market.Escalate(decided, As("Seller", Seller));
        await Ok(http.Mediator("m1", decided, "claim"));
        await Ok(http.Mediator("m1", decided, "decision", new() { ["decision"] = "FullRefund", ["rationale"] = "No proof of delivery." }));
        await market.Withdraw(withdrawn);
        await market.Pass(Duration.FromDays(8));
        await market.RefundPaid(decided);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Given_rated_disputes_When_the_statistics_are_read_Then_the_deciding_mediator_the_desk_and_the_seller_count_each_rating()
    {
        await Rate(decided, "Buyer", 5, "Quick and fair.");
        await Rate(decided, "Seller", 2);
        await Rate(withdrawn, "Buyer", 4);
        await market.CatchUp();

        var auditor = host.ClientAs("auditor-1", "auditor");
        var m1 = await auditor.GetJson("/statistics/mediators/m1");
        Ratings(m1["ratingsByBuyers"]!).Should().Be("1 5 0,0,0,0,1");
        Ratings(m1["ratingsBySellers"]!).Should().Be("1 2 0,1,0,0,0");
        Ratings((await auditor.GetJson("/statistics/mediators"))["ratingsByBuyers"]!).Should().Be("1 5 0,0,0,0,1");

        var card = await auditor.GetJson($"/sellers/{Seller}/scorecard");
        Ratings(card["ratingsByBuyers"]!).Should().Be("2 4.5 0,0,0,1,1");
        Ratings(card["ratingsBySeller"]!).Should().Be("1 2 0,1,0,0,0");

        var view = await (await http.Get(decided)).Json();
        view["ratings"]!.AsArray().Select(r => $"{r!["party"]} {r["score"]}").Should().Equal("Buyer 5", "Seller 2");
        view["ratings"]![0]!["comment"]!.GetValue<string>().Should().Be("Quick and fair.");
        // A comment states its language like every written text: English when the request leaves it out.
        view["ratings"]![0]!["language"]!.GetValue<string>().Should().Be("en");
        view["ratings"]![1]!["language"].Should().BeNull("a rating without a comment has no text to be in a language");
    }

    [Fact]
    public async Task Given_a_closed_dispute_When_ratings_break_the_rules_Then_each_is_refused_and_nothing_is_stored()
    {
        var first = await Rate(decided, "Buyer", 5);
        var version = first["version"]!.GetValue<long>();

        // The same rating again is a retry; another one is refused: one rating per party.
        (await Rate(decided, "Buyer", 5))["version"]!.GetValue<long>().Should().Be(version);
        await Refused(decided, As("Buyer", DisputeApi.Buyer), 3, HttpStatusCode.UnprocessableContent, "limit-reached");
        await Refused(decided, AsPlatform, 3, HttpStatusCode.Forbidden, "actor-not-permitted");
        var outOfRange = await http.Storefront(decided, "rating", new() { ["actingAs"] = As("Seller", Seller), ["score"] = 6 });
        outOfRange.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await outOfRange.Json())["errors"]!.AsObject().Select(e => e.Key).Should().Equal("score");
        var missing = await http.Storefront(decided, "rating", new() { ["actingAs"] = As("Seller", Seller) });
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // An open dispute has nothing to rate; a closed one only within the policy's window (14 days by default).
        var open = await market.Open(3, Seller, "Counterfeit", 2000, "EUR");
        await Refused(open, As("Buyer", DisputeApi.Buyer), 4, HttpStatusCode.Conflict, "action-not-allowed-in-state");
        market.Wait(Duration.FromDays(14));
        await Refused(decided, As("Seller", Seller), 2, HttpStatusCode.Conflict, "deadline-passed");

        var view = await (await http.Get(decided)).Json();
        view["version"]!.GetValue<long>().Should().Be(version);
        view["ratings"]!.AsArray().Should().ContainSingle();
    }

    private Task<JsonObject> Rate(Guid id, string party, int score, string? comment = null)
    {
        var body = new JsonObject { ["actingAs"] = As(party, party == "Buyer" ? DisputeApi.Buyer : Seller), ["score"] = score };
        if (comment is not null)
            body["comment"] = comment;
        return Ok(http.Storefront(id, "rating", body));
    }

    private async Task Refused(Guid id, JsonObject actingAs, int score, HttpStatusCode status, string rule)
    {
        var response = await http.Storefront(id, "rating", new() { ["actingAs"] = actingAs, ["score"] = score });
        var problem = await response.Json();
        response.StatusCode.Should().Be(status, problem.ToJsonString());
        problem["rule"]!.GetValue<string>().Should().Be(rule);
    }

    // "count average byScore", the average as the API prints it.
    private static string Ratings(JsonNode ratings) =>
        $"{ratings["count"]} {ratings["average"]} {string.Join(",", Enumerable.Range(1, 5).Select(s => ratings["byScore"]![s.ToString()]!.GetValue<long>()))}";
}
