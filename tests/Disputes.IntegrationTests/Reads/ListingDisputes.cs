using System.Net;

namespace Disputes.IntegrationTests.Reads;

public sealed class ListingDisputes(ApiFixture<ListingDisputes> api) : IClassFixture<ApiFixture<ListingDisputes>>
{
    private readonly HttpClient client = api.CreateClient();

    private static Guid Id(int n) => Guid.Parse($"0199c000-0000-7000-8000-{n:D12}");

    [Fact]
    public async Task Given_disputes_of_several_parties_When_listed_with_filters_Then_each_filter_narrows_and_they_combine()
    {
        var one = await api.Open(client, Id(1), new("order-f1", "buyer-f1", "seller-f1", "ItemNotReceived"));
        api.Clock.AdvanceMinutes(1);
        var two = await api.Open(client, Id(2), new("order-f2", "buyer-f1", "seller-f2", "Counterfeit"));
        api.Clock.AdvanceMinutes(1);
        var three = await api.Open(client, Id(3), new("order-f3", "buyer-f2", "seller-f1", "ItemNotReceived"));
        await api.MakeOffer(one, "seller-f1");
        var secondOpenedAt = ApiFixture<ListingDisputes>.Now.Plus(NodaTime.Duration.FromMinutes(1));

        (await client.GetJson("/disputes?buyerId=buyer-f1")).Ids().Should().Equal(two, one);
        (await client.GetJson("/disputes?sellerId=seller-f1")).Ids().Should().Equal(three, one);
        (await client.GetJson("/disputes?orderId=order-f2")).Ids().Should().Equal(two);
        (await client.GetJson("/disputes?buyerId=buyer-f1&sellerId=seller-f1")).Ids().Should().Equal(one);
        (await client.GetJson("/disputes?buyerId=buyer-f1&reason=Counterfeit")).Ids().Should().Equal(two);
        (await client.GetJson("/disputes?sellerId=seller-f1&status=AwaitingBuyerReply")).Ids().Should().Equal(one);
        (await client.GetJson($"/disputes?sellerId=seller-f1&openedFrom={secondOpenedAt}")).Ids().Should().Equal(three);
        (await client.GetJson($"/disputes?buyerId=buyer-f1&openedTo={secondOpenedAt}")).Ids().Should().Equal(one);
        (await client.GetJson("/disputes?buyerId=nobody")).Ids().Should().BeEmpty();
    }

    [Fact]
    public async Task Given_a_dispute_When_listed_Then_the_row_carries_its_summary_and_next_deadline()
    {
        var openedAt = api.Clock.GetCurrentInstant();
        var id = await api.Open(client, Id(10), new("order-row", "buyer-row", "seller-row"));

        var page = await client.GetJson("/disputes?buyerId=buyer-row");

        var row = page["items"]!.AsArray().Single()!;
        row["orderId"]!.GetValue<string>().Should().Be("order-row");
        row["sellerId"]!.GetValue<string>().Should().Be("seller-row");
        row["reason"]!.GetValue<string>().Should().Be("ItemNotReceived");
        row["status"]!.GetValue<string>().Should().Be("AwaitingSellerResponse");
        row["outcome"].Should().BeNull();
        row["amountPaid"]!["amount"]!.GetValue<long>().Should().Be(4999);
        row["nextDeadline"]!["kind"]!.GetValue<string>().Should().Be("SellerResponse");
        row["nextDeadline"]!["dueAt"]!.GetValue<string>().Should().Be(openedAt.Plus(NodaTime.Duration.FromDays(5)).ToString());
        row["mediatorId"].Should().BeNull();
        row["overdue"]!.GetValue<bool>().Should().BeFalse();
        page["nextCursor"].Should().BeNull();
        (await client.GetJson($"/disputes/{id}"))["id"]!.GetValue<Guid>().Should().Be(id);
    }

    [Fact]
    public async Task Given_many_disputes_sharing_an_opening_instant_When_paged_Then_every_one_comes_exactly_once_in_a_stable_order()
    {
        var ids = new List<Guid>();
        for (var n = 20; n < 27; n++)
            ids.Add(await api.Open(client, Id(n), new($"order-p{n}", "buyer-pages")));
        api.Clock.AdvanceSeconds(1);
        for (var n = 27; n < 29; n++)
            ids.Add(await api.Open(client, Id(n), new($"order-p{n}", "buyer-pages")));

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.GetJson($"/disputes?buyerId=buyer-pages&limit=4{(cursor is null ? "" : $"&cursor={cursor}")}");
            page["items"]!.AsArray().Count.Should().BeLessThanOrEqualTo(4);
            seen.AddRange(page.Ids());
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        } while (cursor is not null);

        pages.Should().Be(3);
        // Newest first; within one instant by id, descending (PostgreSQL's uuid order is the textual one).
        var expected = ids.Skip(7).OrderByDescending(i => i.ToString()).Concat(ids.Take(7).OrderByDescending(i => i.ToString()));
        seen.Should().Equal(expected);
        (await client.GetJson("/disputes?buyerId=buyer-pages&limit=100")).Ids().Should().Equal(seen);
    }

    [Theory]
    [InlineData("/disputes?buyerId=b&cursor=not-a-cursor", "cursor")]
    [InlineData("/disputes?buyerId=b&cursor=cXVldWV8RmFsc2V8MXwx", "cursor")]
    [InlineData("/disputes?buyerId=b&status=Sleeping", "status")]
    [InlineData("/disputes?buyerId=b&status=3", "status")]
    [InlineData("/disputes?buyerId=b&reason=BecauseISaidSo", "reason")]
    [InlineData("/disputes?buyerId=b&openedFrom=yesterday", "openedFrom")]
    [InlineData("/disputes?buyerId=b&limit=0", "limit")]
    [InlineData("/disputes?buyerId=b&limit=101", "limit")]
    [InlineData("/disputes?buyerId=b&limit=ten", "limit")]
    [InlineData("/disputes?status=Closed", "buyerId")]
    public async Task Given_a_bad_query_value_When_listed_Then_400_names_the_field(string url, string field)
    {
        var response = await client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Json();
        problem["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/invalid-input");
        problem.FieldErrors(field).Should().NotBeEmpty();
    }
}
