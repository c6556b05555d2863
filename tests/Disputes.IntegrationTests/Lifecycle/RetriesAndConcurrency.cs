using System.Net;
using System.Text.Json.Nodes;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests;

// An acknowledged action is never lost or applied twice: Idempotency-Key replays, If-Match preconditions,
// and concurrent writers on one dispute.
public sealed class RetriesAndConcurrency(ApiFixture<RetriesAndConcurrency> api) : IClassFixture<ApiFixture<RetriesAndConcurrency>>
{
    private readonly DisputeApi http = For(api);

    private static Guid Id(int n) => Guid.Parse($"0199d000-0000-7000-8000-{n:D12}");

    private async Task<long> Version(Guid id) => (await Ok(http.Get(id)))["version"]!.GetValue<long>();

    [Fact]
    public async Task Same_key_and_body_replays_the_first_response_and_appends_nothing()
    {
        var id = Id(1);
        await Ok(http.Open(id, orderId: "order-r1"), HttpStatusCode.Created);
        var offer = new JsonObject
        {
            ["actingAs"] = AsSeller, ["kind"] = "PartialRefund", ["refundAmount"] = new JsonObject { ["amount"] = 900, ["currency"] = "EUR" },
        };

        var first = await http.Storefront(id, "offers", offer, idempotencyKey: "offer-1");
        var firstBody = await first.Content.ReadAsStringAsync();
        var version = await Version(id);
        var again = await http.Storefront(id, "offers", (JsonObject)offer.DeepClone(), idempotencyKey: "offer-1");

        again.StatusCode.Should().Be(first.StatusCode);
        (await again.Content.ReadAsStringAsync()).Should().Be(firstBody);
        again.Headers.ETag.Should().Be(first.Headers.ETag);
        again.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await Version(id)).Should().Be(version);
    }

    [Fact]
    public async Task A_refused_request_is_replayed_as_refused_even_after_the_state_changed()
    {
        var id = Id(2);
        await Ok(http.Open(id, orderId: "order-r2"), HttpStatusCode.Created);
        var accept = new JsonObject { ["actingAs"] = AsBuyer };

        var refused = await http.Storefront(id, "offer/accept", accept, idempotencyKey: "accept-1");
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        await Ok(http.Storefront(id, "offers", new()
        {
            ["actingAs"] = AsSeller, ["kind"] = "PartialRefund", ["refundAmount"] = new JsonObject { ["amount"] = 900, ["currency"] = "EUR" },
        }));

        var replay = await http.Storefront(id, "offer/accept", (JsonObject)accept.DeepClone(), idempotencyKey: "accept-1");
        replay.StatusCode.Should().Be(HttpStatusCode.Conflict, "a key answers what it answered the first time");
        (await Ok(http.Get(id)))["status"]!.GetValue<string>().Should().Be("AwaitingBuyerReply");
    }

    [Fact]
    public async Task Same_key_with_a_different_body_is_refused_and_changes_nothing()
    {
        var id = Id(3);
        await Ok(http.Open(id, orderId: "order-r3"), HttpStatusCode.Created);
        await Ok(http.Storefront(id, "messages", new() { ["actingAs"] = AsBuyer, ["text"] = "First." }, idempotencyKey: "msg"));
        var version = await Version(id);

        var misuse = await http.Storefront(id, "messages", new() { ["actingAs"] = AsBuyer, ["text"] = "Second." }, idempotencyKey: "msg");

        misuse.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await misuse.Json())["type"]!.GetValue<string>().Should().EndWith("/idempotency-key-reused");
        (await Version(id)).Should().Be(version);
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_apply_once()
    {
        var id = Id(4);
        await Ok(http.Open(id, orderId: "order-r4"), HttpStatusCode.Created);
        var version = await Version(id);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            http.Storefront(id, "messages", new() { ["actingAs"] = AsBuyer, ["text"] = "Once." }, idempotencyKey: "burst")));

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        (await Version(id)).Should().Be(version + 1);
    }

    [Fact]
    public async Task If_match_with_a_stale_version_is_412_and_with_the_current_one_proceeds()
    {
        var id = Id(5);
        await Ok(http.Open(id, orderId: "order-r5"), HttpStatusCode.Created);
        var version = await Version(id);
        var message = new JsonObject { ["actingAs"] = AsBuyer, ["text"] = "Hello." };

        var stale = await http.Storefront(id, "messages", message, ifMatch: $"\"{version - 1}\"");
        stale.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await Version(id)).Should().Be(version);

        var current = await http.Storefront(id, "messages", (JsonObject)message.DeepClone(), ifMatch: $"\"{version}\"");
        current.StatusCode.Should().Be(HttpStatusCode.OK);
        current.Headers.ETag!.Tag.Should().Be($"\"{version + 1}\"");
    }

    [Fact]
    public async Task A_malformed_if_match_is_a_400_not_a_guess()
    {
        var id = Id(6);
        await Ok(http.Open(id, orderId: "order-r6"), HttpStatusCode.Created);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/disputes/{id}/messages")
        {
            Content = new StringContent(new JsonObject { ["actingAs"] = AsBuyer, ["text"] = "x" }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "version-three");

        var response = await api.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Json()).FieldErrors("If-Match").Should().NotBeEmpty();
    }

    [Fact]
    public async Task Concurrent_writers_without_if_match_never_lose_an_event()
    {
        var id = Id(7);
        await Ok(http.Open(id, orderId: "order-r7"), HttpStatusCode.Created);
        var version = await Version(id);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            http.Storefront(id, "messages", new() { ["actingAs"] = i % 2 == 0 ? AsBuyer : AsSeller, ["text"] = $"Message {i}." })));

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        (await Version(id)).Should().Be(version + 10);
    }
}
