using Disputes.Hosting.Workers;
using NodaTime;

namespace Disputes.Hosting.Tests.Workers;

public sealed class WorkerPacingSpecs
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 20, 10, 0);
    private static readonly TestOptions Options = new() { MinIdle = TimeSpan.FromMilliseconds(50), MaxIdle = TimeSpan.FromSeconds(10) };

    [Fact]
    public void Given_nothing_known_to_be_due_When_a_run_plans_its_sleep_Then_it_looks_again_after_MaxIdle()
    {
        WorkerPacing.Plan(Now, null, Options).Should().Be((Now + Duration.FromSeconds(10), TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Given_work_due_sooner_than_MaxIdle_When_a_run_plans_its_sleep_Then_it_wakes_for_that_work()
    {
        var due = Now + Duration.FromSeconds(3);

        WorkerPacing.Plan(Now, due, Options).Should().Be((due, TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public void Given_work_due_later_than_MaxIdle_When_a_run_plans_its_sleep_Then_it_looks_again_after_MaxIdle_anyway()
    {
        WorkerPacing.Plan(Now, Now + Duration.FromHours(1), Options).Should().Be((Now + Duration.FromSeconds(10), TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Given_work_already_due_but_claimed_elsewhere_When_a_run_plans_its_sleep_Then_it_sleeps_MinIdle_and_plans_for_the_due_instant()
    {
        var overdue = Now - Duration.FromSeconds(5);

        WorkerPacing.Plan(Now, overdue, Options).Should().Be((overdue, TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public void Given_a_failed_run_When_the_loop_sleeps_Then_it_waits_as_long_as_an_idle_sleep()
    {
        WorkerPacing.AfterFailure(Options).Should().Be(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Given_an_early_wakeup_When_pokes_are_coalesced_Then_the_loop_waits_out_the_rest_of_MinIdle_since_its_run_began()
    {
        WorkerPacing.Coalescing(TimeSpan.FromMilliseconds(20), Options).Should().Be(TimeSpan.FromMilliseconds(30));
        WorkerPacing.Coalescing(TimeSpan.FromMilliseconds(50), Options).Should().Be(TimeSpan.Zero);
        WorkerPacing.Coalescing(TimeSpan.FromSeconds(2), Options).Should().Be(TimeSpan.Zero);
    }
}
