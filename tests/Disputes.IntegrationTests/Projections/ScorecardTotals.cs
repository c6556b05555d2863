using Disputes.Domain;
using Disputes.IntegrationTests.Deadlines;
using Disputes.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Projections;

// A seller's refunds add up across disputes without bound: a sum past the largest long must come out exact, and
// above all must not throw, since an exception in an async projection stops the daemon for every seller and day.
// The two disputes below were stored before amounts were bounded (appended as such a version stored them); a
// seller of a currency bounded near 2^53 reaches the same sum with a thousand refunds.
public sealed class ScorecardTotals : IAsyncLifetime
{
    private const string Whale = "seller-whale";
    private const long Paid = 6_000_000_000_000_000_000;
    private static readonly Instant Start = Marketplace.Start;

    private readonly DeadlineHost host = new("stats_scorecard_totals", new FakeClock(Start),
        new Dictionary<string, string?> { ["Disputes:Projections:Daemon"] = "Solo" });

    public async Task InitializeAsync() => await DeadlineHost.DropSchema(host.Schema);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Given_refunds_summing_past_the_largest_long_When_projected_Then_the_total_is_exact_and_the_daemon_carries_on()
    {
        var store = host.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            session.Events.StartStream<DisputeDetails>(Marketplace.Id(901), RefundedHistory(Marketplace.Id(901)));
            session.Events.StartStream<DisputeDetails>(Marketplace.Id(902), RefundedHistory(Marketplace.Id(902)));
            await session.SaveChangesAsync();
        }
        var market = new Marketplace(host);
        await market.CatchUp();

        var card = await host.CreateClient().GetJson($"/sellers/{Whale}/scorecard");

        card["refunded"]!.ToJsonString().Should().Be("""[{"amount":12000000000000000000,"currency":"EUR"}]""");
        card["lost"]!.GetValue<long>().Should().Be(2);

        // Later disputes are still projected: the daemon did not stop on the sum.
        await market.Open(903, "seller-after", "ItemNotReceived", 4999, "EUR");
        await market.CatchUp();
        (await host.CreateClient().GetJson("/sellers/seller-after/scorecard"))["opened"]!.GetValue<long>().Should().Be(1);
    }

    private static object[] RefundedHistory(Guid id)
    {
        var paid = new Money(Paid, "EUR");
        var buyer = Actor.Buyer("buyer-7");
        var platform = Actor.Platform("payments");
        return
        [
            new DisputeOpened(id, $"order-{id}", buyer.Id, Whale, DisputeReason.ItemNotReceived, "Never arrived.", paid, Remedy.FullRefund, paid,
                Start + Duration.FromDays(30), DisputePolicy.Default, buyer, Start),
            new SellerAcceptedClaim(id, Actor.Seller(Whale), Start),
            new RefundRequested(id, 1, paid, platform, Start),
            new RefundSucceeded(id, 1, paid, $"pay-{id}", platform, Start),
            new DisputeClosed(id, DisputeOutcome.BuyerFavoured, paid, platform, Start),
        ];
    }
}
