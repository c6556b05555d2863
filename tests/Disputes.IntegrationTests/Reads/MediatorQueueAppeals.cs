using System.Net;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Reads;

// An appealed case goes back to the queue for another mediator: the queue says so, and names who may not take it.
public sealed class MediatorQueueAppeals(ApiFixture<MediatorQueueAppeals> api) : IClassFixture<ApiFixture<MediatorQueueAppeals>>
{
    private readonly DisputeApi http = DisputeApi.For(api);

    [Fact]
    public async Task Given_a_decision_appealed_When_the_queue_is_read_Then_the_case_is_an_appeal_excluding_the_first_mediator()
    {
        var (appealed, fresh) = (Guid.Parse("0199f330-0000-7000-8000-000000000001"), Guid.Parse("0199f330-0000-7000-8000-000000000002"));
        await Ok(http.Open(appealed, orderId: "order-q1"), HttpStatusCode.Created);
        await Ok(http.Open(fresh, orderId: "order-q2"), HttpStatusCode.Created);
        await http.Escalate(appealed, "No agreement.");
        await http.Escalate(fresh, "No agreement.");
        await Ok(http.Mediator("mediator-first", appealed, "claim"));
        await http.DecideFullRefund("mediator-first", appealed, "Never delivered.");
        await Ok(http.Storefront(appealed, "appeal", new() { ["actingAs"] = AsSeller, ["reason"] = "Tracking shows delivery." }));

        var items = (await api.ClientAs("mediator-other", "mediator").GetJson("/mediation/queue"))["items"]!.AsArray();

        var appeal = items.Single(i => i!["id"]!.GetValue<Guid>() == appealed)!;
        appeal["appeal"]!.GetValue<bool>().Should().BeTrue();
        appeal["excludedMediators"]!.AsArray().Select(m => m!.GetValue<string>()).Should().Equal("mediator-first");
        var other = items.Single(i => i!["id"]!.GetValue<Guid>() == fresh)!;
        other["appeal"]!.GetValue<bool>().Should().BeFalse();
        other["excludedMediators"]!.AsArray().Should().BeEmpty();
    }
}
