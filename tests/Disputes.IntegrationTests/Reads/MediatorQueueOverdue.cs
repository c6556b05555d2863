using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace Disputes.IntegrationTests.Reads;

// Its own class (and schema): it moves the clock past an SLA, which would make other queue tests' cases overdue.
public sealed class MediatorQueueOverdue(ApiFixture<MediatorQueueOverdue> api) : IClassFixture<ApiFixture<MediatorQueueOverdue>>
{
    private readonly HttpClient client = api.CreateClient();
    private readonly HttpClient mediator = api.ClientAs("mediator-me", "mediator");

    [Fact]
    public async Task Given_one_case_past_its_sla_When_filtered_by_overdue_Then_it_is_overdue_before_and_after_the_scheduler_flags_it_and_keeps_its_due_instant()
    {
        var first = await api.Open(client, Guid.Parse("0199f000-0000-7000-8000-000000000001"), new("order-o1", "buyer-o", "seller-o"));
        var second = await api.Open(client, Guid.Parse("0199f000-0000-7000-8000-000000000002"), new("order-o2", "buyer-o", "seller-o"));
        await api.Escalate(first, "seller-o");
        api.Clock.AdvanceHours(6);
        await api.Escalate(second, "seller-o");
        var due = InstantPattern.ExtendedIso.Parse((await mediator.GetJson("/mediation/queue"))["items"]![0]!["slaDueAt"]!.GetValue<string>()).Value;

        (await mediator.GetJson("/mediation/queue?overdue=true")).Ids().Should().BeEmpty();
        api.Clock.Advance(due - api.Clock.GetCurrentInstant() + Duration.FromMinutes(1));

        var overdue = await mediator.GetJson("/mediation/queue?overdue=true");
        overdue.Ids().Should().Equal(first);
        overdue["items"]![0]!["overdue"]!.GetValue<bool>().Should().BeTrue();
        (await mediator.GetJson("/mediation/queue?overdue=false")).Ids().Should().Equal(second);

        await api.ExpireSla(first, due);

        var flagged = await mediator.GetJson("/mediation/queue?overdue=true");
        flagged.Ids().Should().Equal(first);
        flagged["items"]![0]!["slaDueAt"]!.GetValue<string>().Should().Be(due.ToString());
        (await mediator.GetJson("/mediation/queue")).Ids().Should().Equal(first, second);

        // The clock no longer runs once breached; a later event must not lose when it was due.
        await DisputeApi.Ok(DisputeApi.Post(client, $"/disputes/{first}/messages",
            new JsonObject { ["actingAs"] = new JsonObject { ["party"] = "Buyer", ["id"] = "buyer-o" }, ["text"] = "Any news?" }));
        var after = await mediator.GetJson("/mediation/queue?overdue=true");
        after["items"]![0]!["slaDueAt"]!.GetValue<string>().Should().Be(due.ToString());
    }
}
