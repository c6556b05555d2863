using System.Net;
using System.Net.Http.Json;

namespace Disputes.IntegrationTests;

public sealed class OpeningDisputes(ApiFixture<OpeningDisputes> api) : IClassFixture<ApiFixture<OpeningDisputes>>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task Given_a_valid_request_When_opened_Then_get_returns_the_same_dispute_and_version()
    {
        var id = Guid.Parse("0199a000-0000-7000-8000-000000000001");

        var created = await client.PostDispute(Requests.OpenDispute(id));

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Headers.Location!.ToString().Should().Be($"/disputes/{id}");
        var view = await created.Json();
        view["id"]!.GetValue<Guid>().Should().Be(id);
        var version = view["version"]!.GetValue<long>();
        version.Should().BeGreaterThan(0);
        created.Headers.ETag!.Tag.Should().Be($"\"{version}\"");

        var read = await client.GetAsync($"/disputes/{id}");

        read.StatusCode.Should().Be(HttpStatusCode.OK);
        read.Headers.ETag!.Tag.Should().Be($"\"{version}\"");
        (await read.Json()).ToJsonString().Should().Be(view.ToJsonString());
    }

    [Fact]
    public async Task Given_no_dispute_id_When_opened_Then_the_server_mints_one()
    {
        var created = await client.PostDispute(Requests.OpenDispute().Without("disputeId").With("orderId", "order-minted"));

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await created.Json())["id"]!.GetValue<Guid>();
        id.Version.Should().Be(7);
        (await client.GetAsync($"/disputes/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_an_opened_dispute_When_the_same_request_is_repeated_Then_it_answers_the_same_version_and_appends_nothing()
    {
        var id = Guid.Parse("0199a000-0000-7000-8000-000000000002");
        var first = await client.PostDispute(Requests.OpenDispute(id));
        var firstVersion = (await first.Json())["version"]!.GetValue<long>();

        var repeat = await client.PostDispute(Requests.OpenDispute(id));

        repeat.StatusCode.Should().Be(HttpStatusCode.OK);
        (await repeat.Json())["version"]!.GetValue<long>().Should().Be(firstVersion);
        repeat.Headers.ETag!.Tag.Should().Be($"\"{firstVersion}\"");
        (await client.GetAsync($"/disputes/{id}")).Headers.ETag!.Tag.Should().Be($"\"{firstVersion}\"");
    }

    [Fact]
    public async Task Given_an_opened_dispute_When_a_different_request_uses_its_id_Then_409()
    {
        var id = Guid.Parse("0199a000-0000-7000-8000-000000000003");
        (await client.PostDispute(Requests.OpenDispute(id))).StatusCode.Should().Be(HttpStatusCode.Created);

        var conflict = await client.PostDispute(Requests.OpenDispute(id).With("description", "Something else."));

        conflict.StatusCode.Should().Be(HttpStatusCode.Conflict);
        conflict.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await conflict.Json())["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/dispute-already-exists");
    }

    [Fact]
    public async Task Given_a_refund_above_the_amount_paid_When_opened_Then_422_and_nothing_is_stored()
    {
        var id = Guid.Parse("0199a000-0000-7000-8000-000000000004");
        var body = Requests.OpenDispute(id)
            .With("requestedRemedy", "PartialRefund")
            .With("requestedRefund", new System.Text.Json.Nodes.JsonObject { ["amount"] = 5000, ["currency"] = "EUR" });

        var refused = await client.PostDispute(body);

        refused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problem = await refused.Json();
        problem["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/rule-violated");
        problem["rule"]!.GetValue<string>().Should().Be("refund-exceeds-amount-paid");
        (await client.GetAsync($"/disputes/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_buyer_protection_has_ended_When_opened_Then_422()
    {
        var body = Requests.OpenDispute(Guid.Parse("0199a000-0000-7000-8000-000000000005"))
            .With("protectionEndsAt", "2026-11-19T10:00:00Z");

        var refused = await client.PostDispute(body);

        refused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await refused.Json())["rule"]!.GetValue<string>().Should().Be("opening-window-closed");
    }

    [Fact]
    public async Task Given_identical_openings_at_once_When_they_race_Then_one_creates_and_the_rest_are_repeats()
    {
        var id = Guid.Parse("0199a000-0000-7000-8000-000000000006");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.PostDispute(Requests.OpenDispute(id))));

        responses.Select(r => (int)r.StatusCode).Should().BeEquivalentTo([201, 200, 200, 200, 200, 200]);
        var versions = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["version"].ToString()));
        versions.Distinct().Should().ContainSingle();
    }
}
