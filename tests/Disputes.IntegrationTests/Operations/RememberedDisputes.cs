using System.Net;
using System.Text.Json.Nodes;
using Disputes.IntegrationTests.Deadlines;
using Disputes.Projections.Writing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Operations;

// An instance decides a dispute's next command on the document it committed last, without fetching it (WrittenDisputes).
// Another instance writing in between must never be overruled: here A remembers, B moves the dispute on, A acts again.
public sealed class RememberedDisputes : IAsyncLifetime
{
    private static readonly Guid Id = Guid.Parse("0199f100-0000-7000-8000-000000000001");
    private readonly FakeClock clock = new(Instant.FromUtc(2026, 11, 20, 10, 0));
    private DeadlineHost a = null!;
    private DeadlineHost b = null!;

    public async Task InitializeAsync()
    {
        await DeadlineHost.DropSchema("remembered_disputes");
        a = new DeadlineHost("remembered_disputes", clock);
        b = new DeadlineHost("remembered_disputes", clock);
        (await a.CreateClient().PostDispute(Requests.OpenDispute(Id))).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    public async Task DisposeAsync()
    {
        await a.DisposeAsync();
        await b.DisposeAsync();
    }

    private WrittenDisputes Memory(DeadlineHost host) => host.Services.GetRequiredService<WrittenDisputes>();

    [Fact]
    public async Task Given_a_dispute_this_instance_wrote_last_When_it_acts_again_Then_it_commits_without_a_fetch()
    {
        var offered = await For(a).MakeOffer(Id, "PartialRefund", 1000, "Half?");
        var message = await Ok(For(a).Storefront(Id, "messages", new() { ["actingAs"] = AsBuyer, ["text"] = "Let me think." }));

        Memory(a).CommittedWithoutFetch.Should().Be(2);
        Memory(a).Overtaken.Should().Be(0);
        message["version"]!.GetValue<long>().Should().Be(offered["version"]!.GetValue<long>() + 1);
        (await b.CreateClient().GetJson($"/disputes/{Id}"))["status"]!.GetValue<string>().Should().Be("AwaitingBuyerReply");
    }

    [Fact]
    public async Task Given_another_instance_moved_the_dispute_on_When_the_remembered_state_would_refuse_Then_the_store_decides()
    {
        await For(b).MakeOffer(Id, "PartialRefund", 1000, "Half?");

        // A still remembers the dispute awaiting the seller, where accepting an offer is refused.
        var accepted = await Ok(For(a).Storefront(Id, "offer/accept", new() { ["actingAs"] = AsBuyer }));

        accepted["status"]!.GetValue<string>().Should().Be("RefundPending");
        (await a.Scalar<long>("select count(*) from {schema}.mt_events where stream_id = $1 and type = 'buyer_accepted_offer'", Id)).Should().Be(1);
    }

    [Fact]
    public async Task Given_another_instance_appended_meanwhile_When_the_remembered_state_allows_the_command_Then_the_append_is_refused_and_decided_again()
    {
        await Ok(For(b).Storefront(Id, "messages", new() { ["actingAs"] = AsSeller, ["text"] = "Checking the warehouse." }));

        var second = await Ok(For(a).Storefront(Id, "messages", new() { ["actingAs"] = AsBuyer, ["text"] = "Thank you." }));

        Memory(a).Overtaken.Should().Be(1);
        var versions = (await a.Rows("select version from {schema}.mt_events where stream_id = $1 order by version", Id)).Select(r => (long)r[0]).ToList();
        versions.Should().Equal(Enumerable.Range(1, versions.Count).Select(v => (long)v));
        second["version"]!.GetValue<long>().Should().Be(versions[^1]);
        (await a.CreateClient().GetJson($"/disputes/{Id}/timeline"))["items"]!.AsArray()
            .Count(e => e!["type"]!.GetValue<string>() == "MessagePosted").Should().Be(2);
    }

    [Fact]
    public async Task Given_if_match_at_the_remembered_version_When_another_instance_wrote_meanwhile_Then_412_and_nothing_is_written()
    {
        var remembered = Memory(a).Find(Id)!.Version;
        await Ok(For(b).Storefront(Id, "messages", new() { ["actingAs"] = AsSeller, ["text"] = "Checking the warehouse." }));

        var stale = await Post(a.CreateClient(), $"/disputes/{Id}/messages", new JsonObject { ["actingAs"] = AsBuyer, ["text"] = "Thank you." }, ifMatch: $"\"{remembered}\"");
        stale.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);

        var current = await Post(a.CreateClient(), $"/disputes/{Id}/messages", new JsonObject { ["actingAs"] = AsBuyer, ["text"] = "Thank you." }, ifMatch: $"\"{remembered + 1}\"");
        current.StatusCode.Should().Be(HttpStatusCode.OK);
        (await a.Scalar<long>("select count(*) from {schema}.mt_events where stream_id = $1 and type = 'message_posted'", Id)).Should().Be(2);
    }
}
