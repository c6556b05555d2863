using System.Net;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Reads;

// The lifecycle as data, and the path one dispute took through it, folded from its events.
public sealed class LifecyclePaths(ApiFixture<LifecyclePaths> api) : IClassFixture<ApiFixture<LifecyclePaths>>
{
    private readonly DisputeApi http = DisputeApi.For(api);

    [Fact]
    public async Task The_lifecycle_lists_every_transition_with_its_guards_and_marks_the_clock_ones()
    {
        var lifecycle = await api.CreateClient().GetJson("/lifecycle");

        var transitions = lifecycle["transitions"]!.AsArray().Select(t => t!.AsObject()).ToList();
        var claim = transitions.Single(t => t["from"]!.GetValue<string>() == "AwaitingMediator" && t["action"]!.GetValue<string>() == "ClaimCase");
        claim["to"]!.GetValue<string>().Should().Be("UnderMediation");
        claim["clock"]!.GetValue<bool>().Should().BeFalse();
        claim["guards"]!.AsArray().Should().NotBeEmpty();
        transitions.Where(t => t["action"]!.GetValue<string>() == "SellerResponseDeadlinePassed").Should().OnlyContain(t => t["clock"]!.GetValue<bool>());
        transitions.Select(t => t["to"]!.GetValue<string>()).Should().Contain("Closed");
        lifecycle["mermaid"]!.GetValue<string>().Should().StartWith("stateDiagram");
    }

    [Fact]
    public async Task Given_a_dispute_escalated_claimed_and_decided_When_its_path_is_read_Then_it_lists_each_state_change_with_its_event()
    {
        var id = Guid.Parse("0199f320-0000-7000-8000-000000000001");
        await Ok(http.Open(id, orderId: "order-p1"), HttpStatusCode.Created);
        await http.MakeOffer(id, "PartialRefund", 1000, "Half?");
        await http.Escalate(id, "No agreement.");
        await Ok(http.Mediator("mediator-p", id, "claim"));
        var decided = await http.DecideFullRefund("mediator-p", id, "Never delivered.");

        var path = await api.CreateClient().GetJson($"/disputes/{id}/path");

        path["steps"]!.AsArray().Select(s => $"{s!["from"]}>{s["to"]}").Should().Equal(
            "None>AwaitingSellerResponse", "AwaitingSellerResponse>AwaitingBuyerReply", "AwaitingBuyerReply>AwaitingMediator",
            "AwaitingMediator>UnderMediation", "UnderMediation>Decided");
        path["steps"]![1]!["type"]!.GetValue<string>().Should().Be("SellerOfferMade");
        path["current"]!.GetValue<string>().Should().Be("Decided");
        path["version"]!.GetValue<long>().Should().Be(decided["version"]!.GetValue<long>());
    }
}
