using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using NodaTime;

namespace Disputes.IntegrationTests.Audit;

public sealed class AuditTrail(ApiFixture<AuditTrail> api) : IClassFixture<ApiFixture<AuditTrail>>
{
    private static readonly Instant OpenedAt = ApiFixture<AuditTrail>.Now;
    private static readonly Instant OfferedAt = OpenedAt + Duration.FromHours(1);

    // Opened at Now, then the seller offers an hour later; both over HTTP with their own key and correlation id.
    private async Task<(JsonObject Opened, long Version)> OpenedThenOffered(Guid id)
    {
        api.Clock.Reset(OpenedAt);
        var opened = await AuditScenario.Open(api, id, $"open-{id}", $"corr-open-{id}");
        api.Clock.Reset(OfferedAt);
        var offered = await AuditScenario.PartialOffer(api, id, $"corr-offer-{id}", $"offer-{id}");
        return (opened, offered["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task Given_an_opened_then_offered_dispute_When_its_events_are_read_Then_all_come_in_order_with_who_when_and_why()
    {
        var id = Guid.Parse("0199a100-0000-7000-8000-000000000001");
        var (opened, version) = await OpenedThenOffered(id);

        var page = await api.Auditor().GetJson($"/audit/disputes/{id}/events");

        var items = page["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        items.Select(i => i["version"]!.GetValue<long>()).Should().Equal(Enumerable.Range(1, (int)version).Select(v => (long)v));
        items.Select(i => i["sequence"]!.GetValue<long>()).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        page["currentVersion"]!.GetValue<long>().Should().Be(version);
        page["nextFromVersion"].Should().BeNull();

        var first = items[0];
        first["type"]!.GetValue<string>().Should().Be("DisputeOpened");
        first["disputeId"]!.GetValue<Guid>().Should().Be(id);
        first["actor"]!["kind"]!.GetValue<string>().Should().Be("Buyer");
        first["actor"]!["id"]!.GetValue<string>().Should().Be("buyer-7");
        first["at"]!.GetValue<string>().Should().Be("2026-11-20T10:00:00Z");
        first["timestamp"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        first["data"]!["orderId"]!.GetValue<string>().Should().Be($"order-{id}");
        first["data"]!["reason"]!.GetValue<string>().Should().Be("ItemNotReceived");

        var fromOpening = items.Where(i => i["at"]!.GetValue<string>() == "2026-11-20T10:00:00Z").ToList();
        var fromOffer = items.Except(fromOpening).ToList();
        fromOffer.Should().NotBeEmpty();
        foreach (var item in fromOpening)
        {
            item["correlationId"]!.GetValue<string>().Should().Be($"corr-open-{id}");
            item["idempotencyKey"]!.GetValue<string>().Should().Be($"storefront-1:open-{id}");
            item["policyVersion"]!.GetValue<string>().Should().Be(opened["policyVersion"]!.GetValue<string>());
        }
        fromOffer.Should().Contain(i => i["type"]!.GetValue<string>() == "SellerOfferMade");
        foreach (var item in fromOffer)
        {
            item["at"]!.GetValue<string>().Should().Be("2026-11-20T11:00:00Z");
            item["correlationId"]!.GetValue<string>().Should().Be($"corr-offer-{id}");
            item["idempotencyKey"]!.GetValue<string>().Should().Be($"storefront-1:offer-{id}");
            item["policyVersion"]!.GetValue<string>().Should().Be(opened["policyVersion"]!.GetValue<string>());
        }
        fromOffer.Single(i => i["type"]!.GetValue<string>() == "SellerOfferMade")["actor"]!["id"]!.GetValue<string>().Should().Be("seller-3");
    }

    [Fact]
    public async Task Given_a_dispute_When_its_events_are_paged_by_version_Then_pages_join_up_to_the_whole_stream()
    {
        var id = Guid.Parse("0199a100-0000-7000-8000-000000000002");
        var (_, version) = await OpenedThenOffered(id);
        var auditor = api.Auditor();

        var versions = new List<long>();
        long? from = 1;
        while (from is { } next)
        {
            var page = await auditor.GetJson($"/audit/disputes/{id}/events?fromVersion={next}&limit=2");
            versions.AddRange(page["items"]!.AsArray().Select(i => i!["version"]!.GetValue<long>()));
            from = page["nextFromVersion"]?.GetValue<long>();
        }

        versions.Should().Equal(Enumerable.Range(1, (int)version).Select(v => (long)v));
    }

    [Fact]
    public async Task Given_an_offered_dispute_When_state_is_asked_as_of_version_1_or_an_instant_Then_it_is_replayed_to_that_point()
    {
        var id = Guid.Parse("0199a100-0000-7000-8000-000000000003");
        var (_, version) = await OpenedThenOffered(id);
        var auditor = api.Auditor();

        var first = await auditor.GetJson($"/audit/disputes/{id}/state?version=1");
        first["version"]!.GetValue<long>().Should().Be(1);
        first["currentVersion"]!.GetValue<long>().Should().Be(version);
        first["asOf"]!.GetValue<string>().Should().Be("2026-11-20T10:00:00Z");
        first["dispute"]!["version"]!.GetValue<long>().Should().Be(1);
        first["dispute"]!["status"]!.GetValue<string>().Should().Be("AwaitingSellerResponse");
        first["dispute"]!["pendingOffer"].Should().BeNull();

        var beforeOffer = await auditor.GetJson($"/audit/disputes/{id}/state?at=2026-11-20T10:30:00Z");
        beforeOffer["dispute"]!["status"]!.GetValue<string>().Should().Be("AwaitingSellerResponse");
        beforeOffer["version"]!.GetValue<long>().Should().BeLessThan(version);
        beforeOffer["dispute"]!["allowedActions"]!["seller"]!.AsArray().Select(a => a!["action"]!.GetValue<string>())
            .Should().Contain("MakeOffer");

        // As of now, the replay must agree with the stored dispute the storefront reads.
        var now = await auditor.GetJson($"/audit/disputes/{id}/state?at={AuditScenario.Iso(api.Clock.GetCurrentInstant())}");
        now["version"]!.GetValue<long>().Should().Be(version);
        var stored = await api.CreateClient().GetJson($"/disputes/{id}");
        now["dispute"]!.ToJsonString().Should().Be(stored.ToJsonString());
        now["dispute"]!["status"]!.GetValue<string>().Should().Be("AwaitingBuyerReply");
    }

    [Fact]
    public async Task Given_a_dispute_When_state_is_asked_before_it_opened_or_past_its_stream_Then_404_state_not_found()
    {
        var id = Guid.Parse("0199a100-0000-7000-8000-000000000004");
        var (_, version) = await OpenedThenOffered(id);
        var auditor = api.Auditor();

        foreach (var query in new[] { "at=2026-11-20T09:59:59Z", $"version={version + 1}" })
        {
            var response = await auditor.GetAsync($"/audit/disputes/{id}/state?{query}");
            response.StatusCode.Should().Be(HttpStatusCode.NotFound);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            var problem = await response.Json();
            problem["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/state-not-found");
            problem["currentVersion"]!.GetValue<long>().Should().Be(version);
        }
    }

    [Theory]
    [InlineData("/audit/disputes/{0}/events")]
    [InlineData("/audit/disputes/{0}/state?version=1")]
    [InlineData("/audit/disputes/{0}/state?at=2026-11-20T10:00:00Z")]
    [InlineData("/audit/disputes/{0}/digest")]
    [InlineData("/audit/disputes/{0}/verification")]
    public async Task Given_an_unknown_dispute_When_audited_Then_404_problem(string url)
    {
        var response = await api.Auditor().GetAsync(string.Format(url, Guid.Parse("0199a100-0000-7000-8000-0000000000ff")));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Json())["type"]!.GetValue<string>().Should().Be("https://disputes.dev/problems/dispute-not-found");
    }

    [Fact]
    public async Task Given_a_dispute_When_its_digest_is_recomputed_from_the_events_Then_it_matches_and_an_earlier_digest_still_holds()
    {
        var id = Guid.Parse("0199a100-0000-7000-8000-000000000005");
        await OpenedThenOffered(id);
        var auditor = api.Auditor();
        var items = (await auditor.GetJson($"/audit/disputes/{id}/events"))["items"]!.AsArray().Select(i => i!.AsObject()).ToList();

        var digest = await auditor.GetJson($"/audit/disputes/{id}/digest");
        var atOne = await auditor.GetJson($"/audit/disputes/{id}/digest?version=1");

        digest["algorithm"]!.GetValue<string>().Should().Be("sha256-chain-v1");
        digest["version"]!.GetValue<long>().Should().Be(items.Count);
        digest["digest"]!.GetValue<string>().Should().Be(Chain(items));
        atOne["digest"]!.GetValue<string>().Should().Be(Chain(items.Take(1)));
        atOne["digest"]!.GetValue<string>().Should().NotBe(digest["digest"]!.GetValue<string>());
    }

    // The documented algorithm, from the served JSON only.
    private static string Chain(IEnumerable<JsonObject> items)
    {
        var link = new byte[32];
        foreach (var item in items)
        {
            var canonical = new JsonObject
            {
                ["version"] = item["version"]!.DeepClone(),
                ["type"] = item["type"]!.DeepClone(),
                ["timestamp"] = item["timestamp"]!.DeepClone(),
                ["data"] = item["data"]!.DeepClone(),
            }.ToJsonString();
            link = SHA256.HashData([.. link, .. Encoding.UTF8.GetBytes(canonical)]);
        }
        return Convert.ToHexStringLower(link);
    }
}
