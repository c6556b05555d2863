using System.Net;
using System.Text.Json.Nodes;
using NodaTime;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Reads;

// "Why can't they?": each blocked action names the refusal the decider then gives, word for word.
public sealed class ActionExplanations(ApiFixture<ActionExplanations> api) : IClassFixture<ApiFixture<ActionExplanations>>
{
    private readonly DisputeApi http = DisputeApi.For(api);

    private static JsonObject Action(JsonObject view, string participant, string action) =>
        view["participants"]!.AsArray().Single(p => p!["participant"]!.GetValue<string>() == participant)!["actions"]!.AsArray()
            .Single(a => a!["action"]!.GetValue<string>() == action)!.AsObject();

    [Fact]
    public async Task Given_a_dispute_awaiting_the_seller_When_explained_Then_allowed_actions_carry_their_deadline_and_blocked_ones_the_deciders_refusal()
    {
        var id = Guid.Parse("0199f300-0000-7000-8000-000000000001");
        var opened = await Ok(http.Open(id, orderId: "order-x1"), HttpStatusCode.Created);
        var mediator = api.ClientAs("mediator-x", "mediator");

        var view = await mediator.GetJson($"/disputes/{id}/actions");

        view["version"]!.GetValue<long>().Should().Be(opened["version"]!.GetValue<long>());
        var accept = Action(view, "Seller", "AcceptClaim");
        accept["allowed"]!.GetValue<bool>().Should().BeTrue();
        accept["until"]!.GetValue<string>().Should().Be(opened["deadlines"]!.AsArray().Single(d => d!["kind"]!.GetValue<string>() == "SellerResponse")!["dueAt"]!.GetValue<string>());
        Action(view, "Buyer", "AcceptClaim")["refusal"]!["kind"]!.GetValue<string>().Should().Be("WrongActor");
        view["participants"]!.AsArray().Single(p => p!["participant"]!.GetValue<string>() == "Mediator")!["actor"]!["id"]!.GetValue<string>()
            .Should().Be("mediator-x", "a mediator sees the actions as themself");

        // The refusal the explanation promised is the one the API gives.
        var claim = Action(view, "Mediator", "ClaimCase")["refusal"]!;
        claim["kind"]!.GetValue<string>().Should().Be("NotAllowedInState");
        claim["rule"]!.GetValue<string>().Should().Be("action-not-allowed-in-state");
        var refused = await http.Mediator("mediator-x", id, "claim");
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await refused.Json())["detail"]!.GetValue<string>().Should().Be(claim["message"]!.GetValue<string>());

        api.Clock.Advance(Duration.FromDays(6));
        var late = Action(await mediator.GetJson($"/disputes/{id}/actions"), "Seller", "MakeOffer");
        late["allowed"]!.GetValue<bool>().Should().BeFalse();
        late["refusal"]!["kind"]!.GetValue<string>().Should().Be("DeadlinePassed");
        late["refusal"]!["rule"]!.GetValue<string>().Should().Be("deadline-passed");
    }

    [Fact]
    public async Task Given_an_unknown_dispute_When_explained_Then_404_problem()
    {
        var response = await api.CreateClient().GetAsync($"/disputes/{Guid.Parse("0199f300-0000-7000-8000-0000000000ff")}/actions");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}
