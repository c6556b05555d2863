using Disputes.Hosting.Workers;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace Disputes.Hosting.Tests.Workers;

// The hosted loop around a worker that records what it was asked. Waits poll for a condition with a generous bound,
// and MaxIdle is an hour, so a second run can only come from the poke a test gives: nothing depends on timing.
public sealed class WorkerLoopSpecs
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 20, 10, 0);
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    private readonly TestState state = new();
    private readonly WakeSignal signal = new();
    private readonly Worker worker = new();

    private WorkerLoop<Worker> Loop(bool enabled = true) => new(
        worker, state, signal, new TestOptions { Enabled = enabled, MaxIdle = TimeSpan.FromHours(1) }, new FakeClock(Now),
        NullLogger<WorkerLoop<Worker>>.Instance);

    private static async Task Until(Func<bool> condition, string what)
    {
        var until = DateTime.UtcNow + Bound;
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(until, $"{what} should happen within {Bound}");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task Given_a_worker_switched_off_here_When_the_loop_starts_Then_it_reports_Disabled_and_never_runs_it()
    {
        using var loop = Loop(enabled: false);

        await loop.StartAsync(CancellationToken.None);
        await loop.ExecuteTask!;

        (state.Status, worker.Runs).Should().Be((WorkerStatus.Disabled, 0));
    }

    [Fact]
    public async Task Given_a_run_that_finds_work_due_later_When_it_is_done_Then_the_loop_plans_to_wake_for_it_and_a_poke_wakes_it_sooner()
    {
        worker.Next = Now + Duration.FromMinutes(10);
        using var loop = Loop();

        await loop.StartAsync(CancellationToken.None);
        await Until(() => state.Runs == 1 && signal.PlannedWake is not null, "the first run done and its wakeup planned");
        (signal.PlannedWake, state.Status, state.Runs, state.LastRunAt).Should().Be((Now + Duration.FromMinutes(10), WorkerStatus.Running, 1L, Now));

        signal.Poke();
        await Until(() => worker.Runs == 2, "a second run after the poke");
        await loop.StopAsync(CancellationToken.None);

        state.Status.Should().Be(WorkerStatus.Stopped);
    }

    [Fact]
    public async Task Given_a_run_that_fails_When_the_loop_is_woken_again_Then_it_carries_on_and_a_good_run_clears_the_failures()
    {
        worker.Failures = 1;
        using var loop = Loop();

        await loop.StartAsync(CancellationToken.None);
        await Until(() => state.ConsecutiveFailures == 1, "the failed run recorded");
        (state.Status, state.LastError, state.Runs).Should().Be((WorkerStatus.Running, "the database is away", 0L));

        signal.Poke();
        await Until(() => state.Runs == 1, "a good run after the poke");
        await loop.StopAsync(CancellationToken.None);

        (state.ConsecutiveFailures, worker.Runs).Should().Be((0, 2));
    }

    [Fact]
    public async Task Given_a_run_in_flight_When_the_host_stops_Then_the_run_is_told_to_stop_and_finishes_before_the_loop_reports_Stopped()
    {
        var entered = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var toldToStop = false;
        worker.Work = async stopping =>
        {
            entered.TrySetResult();
            await release.Task;
            toldToStop = stopping.IsCancellationRequested;
        };
        using var loop = Loop();
        await loop.StartAsync(CancellationToken.None);
        await entered.Task.WaitAsync(Bound);

        var stopping = loop.StopAsync(CancellationToken.None);
        state.Status.Should().Be(WorkerStatus.Running, "the run it is in holds the loop");
        release.SetResult();
        await stopping.WaitAsync(Bound);

        (toldToStop, worker.Finished, state.Status).Should().Be((true, 1, WorkerStatus.Stopped));
    }

    private sealed class Worker : ILeasedWorker
    {
        private int runs;
        private int finished;

        public Func<CancellationToken, Task> Work { get; set; } = _ => Task.CompletedTask;
        public Instant? Next { get; set; }
        public int Failures { get; set; }
        public int Runs => Volatile.Read(ref runs);
        public int Finished => Volatile.Read(ref finished);

        public async Task WorkAsync(CancellationToken stopping)
        {
            if (Interlocked.Increment(ref runs) <= Failures)
                throw new InvalidOperationException("the database is away");
            await Work(stopping);
            Interlocked.Increment(ref finished);
        }

        public Task<Instant?> NextWakeAsync(CancellationToken ct) => Task.FromResult(Next);
    }
}
