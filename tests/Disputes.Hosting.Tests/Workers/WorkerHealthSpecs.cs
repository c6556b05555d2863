using Disputes.Hosting.Workers;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Disputes.Hosting.Tests.Workers;

// The readiness rule; how long ago the worker last came round is given, not waited for.
public sealed class WorkerHealthSpecs
{
    private static readonly TestOptions Options = new() { MaxIdle = TimeSpan.FromSeconds(10), Lease = TimeSpan.FromMinutes(1) };
    private static readonly TimeSpan Overdue = TimeSpan.FromSeconds(10) * 3 + TimeSpan.FromMinutes(1);

    private static HealthStatus Judge(TestState state, TimeSpan? sinceHeartbeat = null) =>
        WorkerHealthCheck.Judge(state, sinceHeartbeat ?? TimeSpan.Zero, Options).Status;

    private static TestState Running()
    {
        var state = new TestState();
        state.Set(WorkerStatus.Running);
        return state;
    }

    [Fact]
    public void Given_a_worker_that_is_starting_or_switched_off_here_When_readiness_is_asked_Then_the_instance_is_ready()
    {
        Judge(new TestState()).Should().Be(HealthStatus.Healthy);
        var disabled = new TestState();
        disabled.Set(WorkerStatus.Disabled);
        Judge(disabled, TimeSpan.FromDays(1)).Should().Be(HealthStatus.Healthy);
    }

    [Fact]
    public void Given_a_running_worker_When_it_failed_fewer_runs_in_a_row_than_tolerated_Then_the_instance_is_ready_and_at_three_it_is_not()
    {
        var state = Running();
        state.RunFailed(new InvalidOperationException("connection refused"));
        state.RunFailed(new InvalidOperationException("connection refused"));
        Judge(state).Should().Be(HealthStatus.Healthy);

        state.RunFailed(new InvalidOperationException("connection refused"));
        var result = WorkerHealthCheck.Judge(state, TimeSpan.Zero, Options);

        result.Status.Should().Be(HealthStatus.Unhealthy);
        result.Description.Should().Be("The test worker failed 3 runs in a row: connection refused");
    }

    [Fact]
    public void Given_failures_then_a_good_run_When_readiness_is_asked_Then_the_count_starts_again()
    {
        var state = Running();
        for (var i = 0; i < 3; i++)
            state.RunFailed(new InvalidOperationException("connection refused"));

        state.Ran(NodaTime.Instant.FromUtc(2026, 11, 20, 10, 0));

        Judge(state).Should().Be(HealthStatus.Healthy);
    }

    [Fact]
    public void Given_a_running_worker_When_it_has_not_come_round_for_three_idle_periods_and_a_lease_Then_the_instance_is_not_ready()
    {
        var state = Running();

        Judge(state, Overdue).Should().Be(HealthStatus.Healthy);
        Judge(state, Overdue + TimeSpan.FromMilliseconds(1)).Should().Be(HealthStatus.Unhealthy);
    }

    [Theory]
    [InlineData(WorkerStatus.Stopped)]
    [InlineData(WorkerStatus.Faulted)]
    public void Given_a_worker_that_stopped_or_died_When_readiness_is_asked_Then_the_instance_is_not_ready(WorkerStatus status)
    {
        var state = new TestState();
        state.RunFailed(new InvalidOperationException("boom"));
        state.Set(status);

        var result = WorkerHealthCheck.Judge(state, TimeSpan.Zero, Options);

        result.Status.Should().Be(HealthStatus.Unhealthy);
        result.Description.Should().Be($"The test worker is {status}: boom");
    }
}
