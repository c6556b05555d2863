using System.Net;
using System.Text.Json.Nodes;
using Disputes.Domain;
using NodaTime;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Deadlines;

// The steps before a clock runs out, over HTTP as the storefront and mediators send them; each must succeed.
// Only the expiry itself is not a request: the scheduler fires it after the test moves the clock.
public sealed class Lifecycle(DeadlineHost host)
{
    public const string Mediator = "mediator-1";

    private readonly DisputeApi http = For(host);

    public async Task<Guid> Open(Guid id, Remedy remedy = Remedy.FullRefund)
    {
        var body = Requests.OpenDispute(id).With("requestedRemedy", remedy.ToString())
            .With("protectionEndsAt", InstantPattern(host.Clock.GetCurrentInstant() + Duration.FromDays(30)));
        await Ok(host.CreateClient().PostDispute(body), HttpStatusCode.Created);
        return id;
    }

    public Task OfferPartialRefund(Guid id) => http.MakeOffer(id, "PartialRefund", 2000, "Half back, keep the item.");

    public Task OfferReturn(Guid id) => http.MakeOffer(id, "ReturnAndRefund", 4999, "Send it back.");

    public Task AcceptOffer(Guid id) => Ok(http.Storefront(id, "offer/accept", new() { ["actingAs"] = AsBuyer }));

    public Task RejectClaim(Guid id) =>
        Ok(http.Storefront(id, "reject-claim", new() { ["actingAs"] = AsSeller, ["reason"] = "Delivered to the door.", ["evidence"] = new JsonArray(Evidence(1)) }));

    public Task ShipReturn(Guid id) =>
        Ok(http.Storefront(id, "return/shipped", new() { ["actingAs"] = AsBuyer, ["carrier"] = "DHL", ["trackingNumber"] = "1234567890" }));

    // Carrier tracking reports delivery as the platform.
    public Task MarkReturnDelivered(Guid id) => Ok(http.Storefront(id, "return/delivered", new() { ["actingAs"] = As("Platform", "carrier") }));

    public async Task EscalateAndAssign(Guid id)
    {
        await http.Escalate(id, "We cannot agree.");
        await Ok(http.Mediator(Mediator, id, "assign", new() { ["mediatorId"] = Mediator }));
    }

    public Task RequestEvidenceFromSeller(Guid id) => http.RequestEvidence(Mediator, id, "Seller", "Proof of delivery, please.");

    public Task DecideFullRefund(Guid id) => http.DecideFullRefund(Mediator, id, "The seller could not prove delivery.");

    public Task<JsonObject> Get(Guid id) => Ok(http.Get(id));

    public static string Status(JsonObject view) => view["status"]!.GetValue<string>();

    public static IEnumerable<string> Deadlines(JsonObject view) => view["deadlines"]!.AsArray().Select(d => d!["kind"]!.GetValue<string>());

    public static IEnumerable<string> MediatorActions(JsonObject view) =>
        view["allowedActions"]!["mediator"]!.AsArray().Select(a => a!["action"]!.GetValue<string>());

    private static string InstantPattern(Instant instant) => NodaTime.Text.InstantPattern.General.Format(instant);
}
