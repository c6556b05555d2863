using Disputes.Api.Assignment;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Disputes.IntegrationTests.Assignment;

// A small seeded day at the desk (bench/Disputes.Bench/Simulation/MediationDay.cs, linked here) through the real API
// on a fake clock: every case escalated is assigned, and none to an ineligible mediator, outside the assignee's
// working hours or beyond their capacity.
public sealed class MediationDaySimulation : IAsyncLifetime
{
    private readonly FakeClock clock = new(MediationDay.DayStart);
    private readonly TestHost host;

    public MediationDaySimulation() =>
        host = new TestHost(new TestHostOptions($"assign_day_{Guid.NewGuid():N}")
        {
            Clock = clock,
            Settings = new Dictionary<string, string?> { ["Disputes:Assignment:AutoAssign"] = "true", ["Disputes:Assignment:Enabled"] = "false" },
        });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await TestHost.DropSchema(host.Schema);
    }

    [Fact]
    public async Task Given_three_mediators_of_different_languages_and_hours_When_a_seeded_day_of_escalations_runs_Then_each_case_goes_to_an_eligible_mediator_on_shift()
    {
        var assigner = host.Services.GetRequiredService<AutoAssigner>();
        var day = new MediationDay((subject, role) => host.ClientAs(subject, role), at => clock.Reset(at), () => assigner.AssignWaitingAsync());

        var figures = await day.RunAsync(seed: 7, count: 30);

        figures.Escalated.Should().Be(30, figures.Report());
        figures.Assigned.Should().Be(30, figures.Report());
        figures.StillWaiting.Should().Be(0);
        figures.Ineligible.Should().Be(0, figures.Report());
        figures.OutsideHours.Should().Be(0, figures.Report());
        figures.OverCapacity.Should().Be(0, figures.Report());
        // All three work: the day needs each language and hour of the desk.
        figures.PerMediator.Keys.Should().BeEquivalentTo(["m-ru", "m-en", "m-bi"], figures.Report());
    }
}
