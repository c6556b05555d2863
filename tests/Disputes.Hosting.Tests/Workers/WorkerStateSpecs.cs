using Disputes.Hosting.Workers;
using NodaTime;

namespace Disputes.Hosting.Tests.Workers;

public sealed class WorkerStateSpecs
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 20, 10, 0);

    [Fact]
    public void Given_work_counted_during_runs_When_read_Then_the_totals_add_up_and_only_finished_runs_count_as_runs()
    {
        var state = new TestState();

        state.Counted(new TestTally(3));
        state.Counted(new TestTally(4));
        state.Ran(At);

        (state.Totals, state.Runs, state.LastRunAt, state.Instance).Should().Be((new TestTally(7), 1L, At, "api-test"));
    }

    [Fact]
    public void Given_failed_runs_When_a_run_succeeds_Then_the_failures_in_a_row_start_again_and_the_last_error_stays_for_operators()
    {
        var state = new TestState();
        state.RunFailed(new InvalidOperationException("first"));
        state.RunFailed(new InvalidOperationException("second"));
        (state.ConsecutiveFailures, state.LastError).Should().Be((2, "second"));

        state.Ran(At);

        (state.ConsecutiveFailures, state.LastError).Should().Be((0, "second"));
    }
}
