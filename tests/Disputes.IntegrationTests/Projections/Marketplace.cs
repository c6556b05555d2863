using System.Net;
using System.Text.Json.Nodes;
using Disputes.IntegrationTests.Deadlines;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Projections;

// The steps of the statistics stories, over HTTP as the storefront, the payment backend and mediators send them,
// for any seller, reason and currency (DisputeApi's own steps are for one seller paid in euros). Deadlines fire
// when the story moves the clock; the async projections are awaited, never slept on.
public sealed class Marketplace(DeadlineHost host)
{
    public const string Mediator = "mediator-1";

    // Where every story's clock starts (a Friday, 2026-11-20 10:00 UTC).
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 20, 10, 0);

    private readonly DisputeApi http = For(host);

    public static Guid Id(int n) => Guid.Parse($"0199e000-0000-7000-8000-{n:D12}");

    public async Task<Guid> Open(int n, string seller, string reason, long amount, string currency)
    {
        var id = Id(n);
        var body = Requests.OpenDispute(id)
            .With("sellerId", seller)
            .With("reason", reason)
            .With("amountPaid", Money(amount, currency))
            .With("protectionEndsAt", NodaTime.Text.InstantPattern.General.Format(host.Clock.GetCurrentInstant() + Duration.FromDays(30)));
        await Ok(host.CreateClient().PostDispute(body), HttpStatusCode.Created);
        return id;
    }

    public Task AcceptClaim(Guid id, string seller) => Ok(http.Storefront(id, "accept-claim", new() { ["actingAs"] = As("Seller", seller) }));

    public Task OfferPartialRefund(Guid id, string seller, long amount, string currency) =>
        Ok(http.Storefront(id, "offers", new()
        {
            ["actingAs"] = As("Seller", seller), ["kind"] = "PartialRefund", ["refundAmount"] = Money(amount, currency), ["note"] = "Part back.",
        }));

    public Task AcceptOffer(Guid id) => Ok(http.Storefront(id, "offer/accept", new() { ["actingAs"] = AsBuyer }));

    public Task RejectClaim(Guid id, string seller) =>
        Ok(http.Storefront(id, "reject-claim", new()
        {
            ["actingAs"] = As("Seller", seller), ["reason"] = "Delivered as described.", ["evidence"] = new JsonArray(Evidence(1)),
        }));

    public Task Escalate(Guid id, JsonObject actingAs) =>
        Ok(http.Storefront(id, "escalate", new() { ["actingAs"] = actingAs, ["reason"] = "We cannot agree." }));

    public Task PostMessage(Guid id, string seller) =>
        Ok(http.Storefront(id, "messages", new() { ["actingAs"] = As("Seller", seller), ["text"] = "Looking into it." }));

    public Task Withdraw(Guid id) => Ok(http.Storefront(id, "withdraw", new() { ["actingAs"] = AsBuyer, ["reason"] = "Found it." }));

    public Task RefundPaid(Guid id) =>
        Ok(http.Storefront(id, "refund/succeeded", new() { ["actingAs"] = AsPlatform, ["attempt"] = 1, ["paymentReference"] = $"pay-{id}" }));

    public async Task AssignAndRejectClaim(Guid id)
    {
        await Ok(http.Mediator(Mediator, id, "assign", new() { ["mediatorId"] = Mediator }));
        await Ok(http.Mediator(Mediator, id, "decision", new() { ["decision"] = "ClaimRejected", ["rationale"] = "The photos show it intact." }));
    }

    public void Wait(Duration duration) => host.Clock.Advance(duration);

    // Moves the clock and lets the scheduler fire whatever fell due, as a running instance would.
    public async Task Pass(Duration duration)
    {
        host.Clock.Advance(duration);
        await host.Scheduler.DrainDueAsync();
    }

    // Marten reads every shard's progress from the database until all reach the newest event: it works whichever
    // instance runs the daemon, and returns as soon as they are there.
    public Task CatchUp() => host.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(Patience.Bound);

    private static JsonObject Money(long amount, string currency) => new() { ["amount"] = amount, ["currency"] = currency };
}
