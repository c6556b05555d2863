using System.Net;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Reads;

// Every running clock says which rule of which policy started it, from which event, and how its due instant adds up.
public sealed class ClockProvenance(ApiFixture<ClockProvenance> api) : IClassFixture<ApiFixture<ClockProvenance>>
{
    private readonly DisputeApi http = DisputeApi.For(api);

    private static Instant At(JsonNode? node) => InstantPattern.ExtendedIso.Parse(node!.GetValue<string>()).Value;

    private static Duration Iso(JsonNode? node) => PeriodPattern.NormalizingIso.Parse(node!.GetValue<string>()).Value.ToDuration();

    private static JsonObject Clock(JsonObject view, string kind) =>
        view["clocks"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == kind)!.AsObject();

    [Fact]
    public async Task Given_a_new_dispute_When_its_clocks_are_read_Then_each_is_traced_to_the_opening_and_adds_up()
    {
        var id = Guid.Parse("0199f310-0000-7000-8000-000000000001");
        await Ok(http.Open(id, orderId: "order-c1"), HttpStatusCode.Created);

        var view = await api.CreateClient().GetJson($"/disputes/{id}/clocks");

        var seller = Clock(view, "SellerResponse");
        seller["rule"]!.GetValue<string>().Should().Be("seller-first-response");
        seller["policyVersion"]!.GetValue<string>().Should().Be("2026-12-01");
        seller["startedBy"]!["type"]!.GetValue<string>().Should().Be("DisputeOpened");
        seller["startedBy"]!["version"]!.GetValue<long>().Should().Be(1);
        seller["startedBy"]!["scheduledAtVersion"]!.GetValue<long>().Should().BeGreaterThan(1);
        Iso(seller["basis"]!["length"]).Should().Be(Duration.FromDays(5));
        (At(seller["basis"]!["from"]) + Iso(seller["basis"]!["length"])).Should().Be(At(seller["dueAt"]));
        seller["workingTime"].Should().BeNull("an elapsed-time clock has no calendar");
        Clock(view, "NegotiationLimit")["rule"]!.GetValue<string>().Should().Be("negotiation-without-resolution");
    }

    [Fact]
    public async Task Given_an_escalated_dispute_When_the_sla_is_read_Then_its_working_windows_add_up_to_the_policy_length_in_the_mediation_calendar()
    {
        var id = Guid.Parse("0199f310-0000-7000-8000-000000000002");
        await Ok(http.Open(id, orderId: "order-c2"), HttpStatusCode.Created);
        var escalated = await http.Escalate(id, "We cannot agree.");
        api.Clock.Advance(Duration.FromHours(3));

        var sla = Clock(await api.CreateClient().GetJson($"/disputes/{id}/clocks"), "MediatorDecisionSla");

        sla["rule"]!.GetValue<string>().Should().Be("mediator-decision-sla");
        sla["startedBy"]!["type"]!.GetValue<string>().Should().Be("DisputeEscalated");
        sla["basis"]!["workingTime"]!.GetValue<bool>().Should().BeTrue();
        sla["basis"]!["fromWhat"]!.GetValue<string>().Should().Be("escalated");
        var length = Iso(sla["basis"]!["length"]);
        length.Should().Be(Duration.FromHours(7 * 18), "seven working days of 07:00–01:00");
        var working = sla["workingTime"]!;
        working["calendar"]!["timeZone"]!.GetValue<string>().Should().Be("Europe/Moscow");
        working["calendar"]!["dayStart"]!.GetValue<string>().Should().Be("07:00");
        working["calendar"]!["dayEnd"]!.GetValue<string>().Should().Be("01:00");
        var windows = working["windows"]!.AsArray();
        windows.Select(w => Iso(w!["counted"])).Aggregate(Duration.Zero, (a, b) => a + b).Should().Be(length);
        At(windows[^1]!["start"]).Should().BeLessThan(At(sla["dueAt"]));
        At(windows[^1]!["end"]).Should().BeGreaterThanOrEqualTo(At(sla["dueAt"]));
        (Iso(working["elapsed"]) + Iso(working["remaining"])).Should().Be(length);
        Iso(working["elapsed"]).Should().BeGreaterThan(Duration.Zero, "10:00 UTC is working time in Moscow and three hours have passed")
            .And.BeLessThanOrEqualTo(Duration.FromHours(3));
        escalated["version"].Should().NotBeNull();
    }
}
