using System.Net;
using System.Text.Json.Nodes;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Audit;

// A whole lifecycle, an hour between steps: the state an auditor replays as of every version must be what the
// API answered at that moment — same status, money, deadlines and allowed actions — and as of an instant, the
// version in force then.
public sealed class StateAsOfEveryVersion(ApiFixture<StateAsOfEveryVersion> api) : IClassFixture<ApiFixture<StateAsOfEveryVersion>>
{
    private async Task<List<JsonObject>> Lifecycle(Guid id)
    {
        var http = For(api);
        var answers = new List<JsonObject>();
        async Task Step(Task<HttpResponseMessage> call, HttpStatusCode expected = HttpStatusCode.OK)
        {
            answers.Add(await Ok(call, expected));
            api.Clock.AdvanceHours(1);
        }

        await Step(http.Open(id, orderId: $"order-{id}"), HttpStatusCode.Created);
        await Step(http.Storefront(id, "offers", new() { ["actingAs"] = AsSeller, ["kind"] = "PartialRefund", ["refundAmount"] = Euros(500) }));
        await Step(http.Storefront(id, "offer/reject", new() { ["actingAs"] = AsBuyer, ["reason"] = "Too little." }));
        await Step(http.Storefront(id, "escalate", new() { ["actingAs"] = AsBuyer, ["reason"] = "We cannot agree." }));
        await Step(http.Mediator("mediator-1", id, "claim"));
        await Step(http.Mediator("mediator-1", id, "evidence-requests", new() { ["from"] = "Seller", ["description"] = "Proof of shipment." }));
        await Step(http.Storefront(id, "evidence", new() { ["actingAs"] = AsSeller, ["evidence"] = Evidence(1) }));
        await Step(http.Mediator("mediator-1", id, "decision", new() { ["decision"] = "ClaimRejected", ["rationale"] = "Delivered." }));
        await Step(http.Storefront(id, "appeal", new() { ["actingAs"] = AsBuyer, ["reason"] = "It was not." }));
        await Step(http.Mediator("mediator-2", id, "claim"));
        await Step(http.Mediator("mediator-2", id, "decision", new() { ["decision"] = "FullRefund", ["rationale"] = "No signature." }));
        await Step(http.Storefront(id, "refund/succeeded", new() { ["actingAs"] = AsPlatform, ["attempt"] = 1, ["paymentReference"] = "pay-asof" }));
        return answers;
    }

    [Fact]
    public async Task Given_a_full_lifecycle_When_state_is_replayed_as_of_each_version_Then_it_is_what_the_api_answered_then()
    {
        var id = Guid.Parse("0199a400-0000-7000-8000-000000000001");
        var answers = await Lifecycle(id);
        answers[^1]["status"]!.GetValue<string>().Should().Be("Closed");
        var auditor = api.Auditor();
        var final = answers[^1]["version"]!.GetValue<long>();

        var byVersion = answers.ToDictionary(a => a["version"]!.GetValue<long>());
        var statuses = new List<string>();
        for (var version = 1L; version <= final; version++)
        {
            var asOf = await auditor.GetJson($"/audit/disputes/{id}/state?version={version}");
            asOf["version"]!.GetValue<long>().Should().Be(version);
            asOf["currentVersion"]!.GetValue<long>().Should().Be(final);
            var dispute = asOf["dispute"]!.AsObject();
            dispute["version"]!.GetValue<long>().Should().Be(version);
            statuses.Add(dispute["status"]!.GetValue<string>());
            // Where a command's events end, the replay is the response that command got, to the last field.
            if (byVersion.TryGetValue(version, out var answered))
                JsonNode.DeepEquals(dispute, answered).Should().BeTrue($"version {version}: replayed {dispute.ToJsonString()}\nanswered {answered.ToJsonString()}");
        }
        statuses.Should().StartWith("AwaitingSellerResponse").And.EndWith("Closed");
        byVersion.Keys.Should().HaveCount(answers.Count, "every step appended events");
    }

    [Fact]
    public async Task Given_a_full_lifecycle_When_state_is_asked_as_of_an_instant_Then_it_is_the_version_in_force_then()
    {
        var id = Guid.Parse("0199a400-0000-7000-8000-000000000002");
        await Lifecycle(id);
        var auditor = api.Auditor();
        var events = (await auditor.GetJson($"/audit/disputes/{id}/events?limit=1000"))["items"]!.AsArray();

        foreach (var e in events)
        {
            var at = e!["at"]!.GetValue<string>();
            var asOf = await auditor.GetJson($"/audit/disputes/{id}/state?at={Uri.EscapeDataString(at)}");
            var lastAtThatInstant = events.Last(x => x!["at"]!.GetValue<string>() == at)!["version"]!.GetValue<long>();
            asOf["version"]!.GetValue<long>().Should().Be(lastAtThatInstant, $"every event at {at} or before it counts");
        }
    }
}
