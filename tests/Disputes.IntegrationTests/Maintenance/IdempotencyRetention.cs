using System.Net;
using System.Text.Json.Nodes;
using Disputes.Api.Idempotency;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests;

// Keys live until their dispute has been closed for 30 days: a retry within that time still replays.
public sealed class IdempotencyRetention(ApiFixture<IdempotencyRetention> api) : IClassFixture<ApiFixture<IdempotencyRetention>>
{
    [Fact]
    public async Task Keys_of_a_dispute_closed_over_30_days_ago_are_purged_and_those_of_open_disputes_kept()
    {
        var http = DisputeApi.For(api);
        var closed = Guid.Parse("0199f200-0000-7000-8000-000000000001");
        var open = Guid.Parse("0199f200-0000-7000-8000-000000000002");
        await Ok(http.Open(closed, orderId: "order-ret-1"), HttpStatusCode.Created);
        await Ok(http.Open(open, orderId: "order-ret-2"), HttpStatusCode.Created);
        var withdraw = new JsonObject { ["actingAs"] = AsBuyer, ["reason"] = "Found it." };
        await Ok(http.Storefront(closed, "withdraw", withdraw, idempotencyKey: "withdraw-1"));
        await Ok(http.Storefront(open, "messages", new() { ["actingAs"] = AsBuyer, ["text"] = "Hi." }, idempotencyKey: "message-1"));
        var janitor = api.Services.GetRequiredService<IdempotencyKeyJanitor>();

        api.Clock.Advance(Duration.FromDays(29));
        (await janitor.PurgeAsync(CancellationToken.None)).Should().Be(0);
        var replay = await http.Storefront(closed, "withdraw", (JsonObject)withdraw.DeepClone(), idempotencyKey: "withdraw-1");
        replay.Headers.Contains("Idempotent-Replayed").Should().BeTrue();

        api.Clock.Advance(Duration.FromDays(2));
        (await janitor.PurgeAsync(CancellationToken.None)).Should().Be(1);
        var message = await http.Storefront(open, "messages", new() { ["actingAs"] = AsBuyer, ["text"] = "Hi." }, idempotencyKey: "message-1");
        message.Headers.Contains("Idempotent-Replayed").Should().BeTrue("the open dispute's key is kept");
    }
}
