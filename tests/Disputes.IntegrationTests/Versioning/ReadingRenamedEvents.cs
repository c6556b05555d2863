using Disputes.Domain;
using Disputes.IntegrationTests.Reads;
using Disputes.Projections;
using Disputes.Projections.Rebuilding;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Versioning;

// History written before MediationOverdue was renamed MediationSlaBreached holds rows typed "mediation_overdue".
// The test writes such a row the way an earlier build did, then reads it through every path that replays events.
public sealed class ReadingRenamedEvents(ApiFixture<ReadingRenamedEvents> api) : IClassFixture<ApiFixture<ReadingRenamedEvents>>
{
    private IDocumentStore Store => api.Services.GetRequiredService<IDocumentStore>();

    private async Task<(Guid Id, Instant Due)> OverdueCase()
    {
        var id = await api.Open(api.CreateClient(), Guid.CreateVersion7(), new Lifecycle.Parties($"renamed-{Guid.NewGuid():N}", SellerId: Seller));
        await api.Escalate(id, Seller);
        await api.Claim(id, "mediator-1");
        await using var session = Store.QuerySession();
        var due = (await session.LoadAsync<DisputeDetails>(id))!.State.Deadlines[DeadlineKind.MediatorDecisionSla].DueAt;
        // The fixture's clock is shared by the class's tests: move it only forward, just past this case's SLA.
        if (due >= api.Clock.GetCurrentInstant())
            api.Clock.Advance(due - api.Clock.GetCurrentInstant() + Duration.FromMinutes(1));
        await api.ExpireSla(id, due);
        return (id, due);
    }

    private async Task StoreUnderTheOldName(Guid id) =>
        await TestDatabase.Execute(
            $"update \"{api.Schema}\".mt_events set type = 'mediation_overdue', mt_dotnet_type = 'Disputes.Domain.MediationOverdue, Disputes.Domain' "
            + $"where stream_id = '{id}' and type = 'mediation_sla_breached'");

    [Fact]
    public async Task Given_a_breach_stored_under_the_old_name_When_the_stream_is_read_Then_it_is_todays_event_with_the_same_facts()
    {
        var (id, due) = await OverdueCase();
        await using (var before = Store.QuerySession())
            (await before.Events.FetchStreamAsync(id)).Should().ContainSingle(e => e.EventTypeName == "mediation_sla_breached");
        await StoreUnderTheOldName(id);

        await using var session = Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(id);

        var breach = events.Should().ContainSingle(e => e.EventTypeName == "mediation_overdue").Which.Data.Should().BeOfType<MediationSlaBreached>().Which;
        breach.DisputeId.Should().Be(id);
        breach.DueAt.Should().Be(due);
        breach.By.Should().Be(Actor.System);
        DisputeEvolver.Fold(events.Select(e => (IDisputeEvent)e.Data).ToList()).MediationOverdue.Should().BeTrue();
    }

    [Fact]
    public async Task Given_a_breach_stored_under_the_old_name_When_projections_are_rebuilt_Then_the_case_is_still_overdue()
    {
        var (id, _) = await OverdueCase();
        await StoreUnderTheOldName(id);

        await new PerDisputeRebuild(Store).Run(["dispute-details"], TimeSpan.Zero, null, CancellationToken.None);

        await using var session = Store.QuerySession();
        (await session.LoadAsync<DisputeDetails>(id))!.State.MediationOverdue.Should().BeTrue();
        (await session.LoadAsync<DisputeListItem>(id))!.MediationOverdue.Should().BeTrue();
        var timeline = await api.ClientAs("mediator-1", "mediator").GetJson($"/disputes/{id}/timeline");
        timeline["items"]!.AsArray().Select(i => i!["type"]!.GetValue<string>()).Should().Contain("MediationSlaBreached");
    }
}
