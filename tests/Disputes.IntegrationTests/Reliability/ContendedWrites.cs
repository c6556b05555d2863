using System.Net;
using System.Text.Json.Nodes;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Reliability;

// Found by the reliability suite: 64 writers on one dispute got 500s, because Quick append reports a lost race as
// EventStreamUnexpectedMaxEventIdException (not retried) and optimistic retries alone ran out of attempts.
public sealed class ContendedWrites(ApiFixture<ContendedWrites> api) : IClassFixture<ApiFixture<ContendedWrites>>
{
    private readonly DisputeApi http = For(api);

    [Fact]
    public async Task Given_64_concurrent_messages_without_if_match_When_posted_Then_every_one_is_appended()
    {
        var id = Guid.Parse("0199e000-0000-7000-8000-000000000001");
        await Ok(http.Open(id, orderId: "order-contended"), HttpStatusCode.Created);
        var before = (await Ok(http.Get(id)))["version"]!.GetValue<long>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 64).Select(i =>
            http.Storefront(id, "messages", new() { ["actingAs"] = i % 2 == 0 ? AsBuyer : AsSeller, ["text"] = $"Message {i}." })));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        (await Ok(http.Get(id)))["version"]!.GetValue<long>().Should().Be(before + 64);
    }

    [Fact]
    public async Task Given_64_concurrent_conflicting_answers_When_sent_Then_exactly_one_wins_and_the_rest_are_409()
    {
        var id = Guid.Parse("0199e000-0000-7000-8000-000000000002");
        await Ok(http.Open(id, orderId: "order-contended-2"), HttpStatusCode.Created);

        // Accepting and rejecting the claim exclude each other (offers no longer do: a later one revises the first).
        var responses = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => i % 2 == 0
            ? http.Storefront(id, "accept-claim", new() { ["actingAs"] = AsSeller })
            : http.Storefront(id, "reject-claim", new() { ["actingAs"] = AsSeller, ["reason"] = "Delivered.", ["evidence"] = new JsonArray(Evidence(i)) })));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).Should().Be(63);
    }

    // Found by the reliability suite: one key sent by many at once deadlocked in PostgreSQL (one writer holding the
    // stream lock, the other the key) and the victims were answered 503.
    [Fact]
    public async Task Given_one_idempotency_key_sent_32_times_at_once_When_answered_Then_one_append_and_identical_answers()
    {
        var id = Guid.Parse("0199e000-0000-7000-8000-000000000003");
        await Ok(http.Open(id, orderId: "order-contended-3"), HttpStatusCode.Created);
        var before = (await Ok(http.Get(id)))["version"]!.GetValue<long>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ =>
            http.Storefront(id, "messages", new() { ["actingAs"] = AsBuyer, ["text"] = "Once." }, idempotencyKey: "contended-key")));

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        (await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()))).Distinct().Should().ContainSingle();
        (await Ok(http.Get(id)))["version"]!.GetValue<long>().Should().Be(before + 1);
    }
}
