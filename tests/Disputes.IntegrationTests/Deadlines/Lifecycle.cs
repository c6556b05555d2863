using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Disputes.Api.Commands;
using Disputes.Domain;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Disputes.IntegrationTests.Deadlines;

// The steps before a clock runs out. Lifecycle endpoints (seller response, offers, mediation, returns) are
// being built on another branch, so until they merge these go through the executor in-process, the same
// write path the endpoints will call. Results are always read over HTTP. Switch each step to HTTP here.
public sealed class Lifecycle(DeadlineHost host)
{
    public const string Buyer = "buyer-7";
    public const string Seller = "seller-3";
    public const string Mediator = "mediator-1";

    private readonly HttpClient client = host.CreateClient();

    public async Task<Guid> Open(Guid id, Remedy remedy = Remedy.FullRefund)
    {
        var body = Requests.OpenDispute(id).With("requestedRemedy", remedy.ToString())
            .With("protectionEndsAt", InstantPattern(host.Clock.GetCurrentInstant() + Duration.FromDays(30)));
        var response = await client.PostDispute(body);
        response.EnsureSuccessStatusCode();
        return id;
    }

    public Task OfferPartialRefund(Guid id) =>
        Run(new MakeOffer(id, OfferKind.PartialRefund, new Money(2000, "EUR"), "Half back, keep the item.", Actor.Seller(Seller)));

    public Task OfferReturn(Guid id) =>
        Run(new MakeOffer(id, OfferKind.ReturnAndRefund, new Money(4999, "EUR"), "Send it back.", Actor.Seller(Seller)));

    public Task AcceptOffer(Guid id) => Run(new AcceptOffer(id, Actor.Buyer(Buyer)));

    public Task RejectClaim(Guid id) => Run(new RejectClaim(id, "Delivered to the door.",
        [new EvidenceItem(Guid.Parse("0199c000-0000-7000-8000-000000000001"), EvidenceKind.ShippingProof, "proof.pdf",
            "application/pdf", 1024, new string('a', 64), "https://storefront.example/evidence/1")], Actor.Seller(Seller)));

    public Task ShipReturn(Guid id) => Run(new ShipReturn(id, "DHL", "TRK123", Actor.Buyer(Buyer)));

    public Task MarkReturnDelivered(Guid id) => Run(new MarkReturnDelivered(id, Actor.System("carrier")));

    public async Task EscalateAndAssign(Guid id)
    {
        await Run(new Escalate(id, "We cannot agree.", Actor.Seller(Seller)));
        await Run(new AssignCase(id, Mediator, Actor.Mediator(Mediator)));
    }

    public Task RequestEvidenceFromSeller(Guid id) =>
        Run(new RequestEvidence(id, Party.Seller, "Proof of delivery, please.", Actor.Mediator(Mediator)));

    public Task DecideFullRefund(Guid id) =>
        Run(new RecordDecision(id, DecisionKind.FullRefund, null, "The seller could not prove delivery.", Actor.Mediator(Mediator)));

    public async Task<JsonObject> Get(Guid id) => (await client.GetFromJsonAsync<JsonObject>($"/disputes/{id}"))!;

    public static string Status(JsonObject view) => view["status"]!.GetValue<string>();

    public static IEnumerable<string> Deadlines(JsonObject view) => view["deadlines"]!.AsArray().Select(d => d!["kind"]!.GetValue<string>());

    public static IEnumerable<string> MediatorActions(JsonObject view) =>
        view["allowedActions"]!["mediator"]!.AsArray().Select(a => a!["action"]!.GetValue<string>());

    private async Task Run(IDisputeCommand command)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<DisputeCommandExecutor>().Execute(command, CancellationToken.None);
        outcome.Should().BeOfType<Written>($"{command.GetType().Name} should be accepted, got {outcome}")
            .Which.Appended.Should().BeTrue();
    }

    private static string InstantPattern(Instant instant) => NodaTime.Text.InstantPattern.General.Format(instant);
}
