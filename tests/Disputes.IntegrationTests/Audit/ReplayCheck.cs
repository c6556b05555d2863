using System.Net;
using System.Text.Json.Nodes;
using Disputes.Audit.ReplayCheck;
using Disputes.Domain;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Audit;

// replay-check against the real store: histories the API appended replay clean, one appended behind the decider's
// back is reported at its stream and version, and nothing else is.
public sealed class ReplayCheck(ApiFixture<ReplayCheck> api, ITestOutputHelper output) : IClassFixture<ApiFixture<ReplayCheck>>
{
    private static readonly Guid Clean = Guid.Parse("0199d000-0000-7000-8000-000000000001");
    private static readonly Guid Drifted = Guid.Parse("0199d000-0000-7000-8000-000000000002");

    [Fact]
    public async Task Given_one_dispute_driven_through_the_API_and_one_with_an_event_appended_behind_the_decider_When_checked_Then_only_that_event_is_reported()
    {
        await ThroughMediationToDecision(Clean);
        await Ok(For(api).Open(Drifted, orderId: $"order-{Drifted}"), HttpStatusCode.Created);
        var store = api.Services.GetRequiredService<IDocumentStore>();
        await RefusedSecondOpeningLeavesTombstones(store);
        var driftedVersion = await AppendOfferAsBigAsThePayment(store, Drifted);

        var findings = new List<ReplayCheckFinding>();
        var report = await ReplayCheckRunner.Run(store, findings.Add, CancellationToken.None);
        output.WriteLine(report.Summary());
        findings.ForEach(f => output.WriteLine(f.ToString()));

        report.Streams.Should().Be(2);
        report.Clean.Should().Be(1);
        report.Drifted.Should().Be(1);
        report.Events.Should().Be(await Version(store, Clean) + driftedVersion);
        report.Findings.Should().Equal(findings);
        var finding = findings.Should().ContainSingle().Subject;
        finding.StreamId.Should().Be(Drifted);
        finding.Version.Should().Be(driftedVersion);
        finding.Kind.Should().Be(DriftKind.Refused);
        finding.Rule.Should().Be("partial-refund-not-below-refundable");
        finding.EventType.Should().Be(nameof(SellerOfferMade));
        finding.Command.Should().BeOfType<MakeOffer>();
    }

    // Negotiation fails, a mediator asks for evidence, gets it and decides: most kinds of decision, from the store.
    private async Task ThroughMediationToDecision(Guid id)
    {
        var http = For(api);
        await Ok(http.Open(id, orderId: $"order-{id}"), HttpStatusCode.Created);
        await http.MakeOffer(id, "PartialRefund", 500, "A little back.");
        await Ok(http.Storefront(id, "offer/reject", new() { ["actingAs"] = AsBuyer, ["reason"] = "Too little." }));
        await Ok(http.Storefront(id, "escalate", new() { ["actingAs"] = AsBuyer, ["reason"] = "We cannot agree." }));
        await Ok(http.Mediator("mediator-1", id, "claim"));
        await http.RequestEvidence("mediator-1", id, "Seller", "Proof of shipment.");
        await Ok(http.Storefront(id, "evidence", new() { ["actingAs"] = AsSeller, ["evidence"] = Evidence(1) }));
        await Ok(http.Storefront(id, "messages", new() { ["actingAs"] = AsBuyer, ["text"] = "Any news?" }));
        await http.DecideFullRefund("mediator-1", id, "No proof of delivery.");
    }

    // A partial refund as big as the payment, which today's money rules refuse, appended straight to the stream.
    private async Task<long> AppendOfferAsBigAsThePayment(IDocumentStore store, Guid id)
    {
        await using var session = store.LightweightSession();
        var paid = new Money(4999, "EUR");
        var offer = new SellerOfferMade(id, OfferKind.PartialRefund, paid, "All of it, as a partial refund.", Actor.Seller(Seller), api.Clock.GetCurrentInstant());
        session.Events.Append(id, offer);
        await session.SaveChangesAsync();
        return await Version(store, id);
    }

    // A second dispute on an order is refused by the projection's key after its events drew sequence numbers;
    // Marten fills those with tombstone events in a stream of its own (written off the request's path), which
    // belong to no dispute and must not be reported.
    private async Task RefusedSecondOpeningLeavesTombstones(IDocumentStore store)
    {
        var second = await For(api).Open(Guid.Parse("0199d000-0000-7000-8000-000000000003"), orderId: $"order-{Clean}");
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);

        await using var session = store.QuerySession();
        // Marten writes them after the failed commit, off the request's path.
        await Patience.Until(() => session.Events.QueryAllRawEvents().AnyAsync(e => e.StreamId != Clean && e.StreamId != Drifted),
            "Marten writing tombstones for the refused opening (else this test no longer shows they are skipped)", TimeSpan.FromMilliseconds(100));
    }

    private static async Task<long> Version(IDocumentStore store, Guid id)
    {
        await using var session = store.QuerySession();
        return (await session.Events.FetchStreamStateAsync(id))!.Version;
    }
}
