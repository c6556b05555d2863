using Disputes.Hosting.Workers;
using NodaTime;

namespace Disputes.Hosting.Tests.Workers;

// WaitAsync with a zero timeout answers at once whether a poke is pending: no test here waits for anything.
public sealed class WakeSignalSpecs
{
    private static readonly Instant Planned = Instant.FromUtc(2026, 11, 20, 10, 0);

    private static Task<bool> Pending(WakeSignal signal) => signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);

    [Fact]
    public async Task Given_several_pokes_before_the_worker_sleeps_When_it_sleeps_Then_it_wakes_once()
    {
        var signal = new WakeSignal();
        signal.Poke();
        signal.Poke();
        signal.Poke();

        (await Pending(signal)).Should().BeTrue();
        (await Pending(signal)).Should().BeFalse("pokes coalesce into one wakeup");
    }

    [Fact]
    public async Task Given_a_planned_look_When_work_due_sooner_is_committed_Then_the_worker_wakes_and_work_due_later_does_not_wake_it()
    {
        var signal = new WakeSignal();
        signal.PlanWake(Planned);

        signal.Notify(Planned + Duration.FromSeconds(1));
        (await Pending(signal)).Should().BeFalse();
        signal.Notify(Planned);
        (await Pending(signal)).Should().BeFalse("work due at the planned look is found by it");
        signal.Notify(Planned - Duration.FromSeconds(1));
        (await Pending(signal)).Should().BeTrue();
    }

    [Fact]
    public async Task Given_a_running_worker_When_any_work_is_committed_Then_its_next_sleep_ends_at_once()
    {
        var signal = new WakeSignal();
        signal.PlanRun();

        signal.Notify(Planned + Duration.FromDays(365));

        (await Pending(signal)).Should().BeTrue("the run may already have looked past it");
        signal.PlannedWake.Should().BeNull();
    }

    [Fact]
    public async Task Given_work_due_at_once_When_committed_Then_it_wakes_whatever_the_plan()
    {
        var signal = new WakeSignal();
        signal.PlanWake(Instant.FromUtc(1970, 1, 1, 0, 0));

        signal.Notify(WakeSignal.AtOnce);

        (await Pending(signal)).Should().BeTrue();
    }

    [Fact]
    public async Task Given_a_worker_that_never_ran_When_work_is_committed_Then_nothing_is_planned_and_its_first_run_will_find_it()
    {
        var signal = new WakeSignal();

        signal.Notify(WakeSignal.AtOnce);

        (await Pending(signal)).Should().BeFalse();
        signal.PlannedWake.Should().BeNull();
        signal.PlanWake(Planned);
        signal.PlannedWake.Should().Be(Planned);
    }
}
