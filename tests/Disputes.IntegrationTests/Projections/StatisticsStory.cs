using Disputes.IntegrationTests.Deadlines;
using NodaTime;
using NodaTime.Testing;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Projections;

// One marketplace history, played once per test class on its own schema with the daemon running (Solo: one
// instance), then awaited. Seller A's seven disputes cover every way a dispute ends; seller B's two time first
// answers. Expected figures are in the test classes; the timeline (UTC):
//   11-20 10:00  A opens 1..6 (reasons and currencies below), B opens 8 and 9
//   11-20 10:30  B accepts 8 (paid)            10:45  B escalates 9 instead of answering (first answer, not a resolution)
//   11-20 11:00  A offers on 5 (USD)           12:00  A accepts 1 (paid)
//   11-20 14:00  A offers on 2 (USD), accepted, paid (split)
//   11-20 16:00  A rejects 3; buyer escalates; mediator rejects the claim (appeal window runs 7 days)
//   11-20 17:00  buyer withdraws 6 (A never answered it)
//   11-25 10:00  A's silence on 4: the response clock refunds the buyer; paid the same minute (closed 11-25)
//   11-30 11:00  the appeal window on 3 closes it for A (a mediator's outcome); the buyer's silence on 5 expires it
//   11-30 11:00  A opens 7 and only posts a message (not an answer)
public sealed class StatisticsStory<TTests> : IAsyncLifetime
{
    public const string SellerA = "seller-a";
    public const string SellerB = "seller-b";
    public static readonly Instant Start = Marketplace.Start;

    public DeadlineHost Host { get; } = new(
        $"stats_{typeof(TTests).Name.ToLowerInvariant()}", new FakeClock(Start),
        new Dictionary<string, string?> { ["Disputes:Projections:Daemon"] = "Solo" });

    public async Task InitializeAsync()
    {
        await DeadlineHost.DropSchema(Host.Schema);
        var market = new Marketplace(Host);

        var d1 = await market.Open(1, SellerA, "ItemNotReceived", 4999, "EUR");
        var d2 = await market.Open(2, SellerA, "NotAsDescribed", 3000, "USD");
        var d3 = await market.Open(3, SellerA, "DamagedOrDefective", 2000, "USD");
        var d4 = await market.Open(4, SellerA, "ItemNotReceived", 2500, "EUR");
        var d5 = await market.Open(5, SellerA, "NotAsDescribed", 1500, "USD");
        var d6 = await market.Open(6, SellerA, "Counterfeit", 8000, "EUR");
        var d8 = await market.Open(8, SellerB, "ItemNotReceived", 1200, "EUR");
        var d9 = await market.Open(9, SellerB, "PaymentProblem", 900, "EUR");

        market.Wait(Duration.FromMinutes(30));
        await market.AcceptClaim(d8, SellerB);
        await market.RefundPaid(d8);
        market.Wait(Duration.FromMinutes(15));
        await market.Escalate(d9, As("Seller", SellerB));

        market.Wait(Duration.FromMinutes(15));
        await market.OfferPartialRefund(d5, SellerA, 500, "USD");
        market.Wait(Duration.FromHours(1));
        await market.AcceptClaim(d1, SellerA);
        await market.RefundPaid(d1);
        market.Wait(Duration.FromHours(2));
        await market.OfferPartialRefund(d2, SellerA, 1000, "USD");
        await market.AcceptOffer(d2);
        await market.RefundPaid(d2);
        market.Wait(Duration.FromHours(2));
        await market.RejectClaim(d3, SellerA);
        await market.Escalate(d3, AsBuyer);
        await market.AssignAndRejectClaim(d3);
        market.Wait(Duration.FromHours(1));
        await market.Withdraw(d6);

        await market.Pass(Start + Duration.FromDays(5) - Host.Clock.GetCurrentInstant());
        await market.RefundPaid(d4);

        await market.Pass(Start + Duration.FromDays(10) + Duration.FromHours(1) - Host.Clock.GetCurrentInstant());
        var d7 = await market.Open(7, SellerA, "ItemNotReceived", 700, "EUR");
        await market.PostMessage(d7, SellerA);

        await market.CatchUp();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
