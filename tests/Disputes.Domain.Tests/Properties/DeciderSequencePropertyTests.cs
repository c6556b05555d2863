using Xunit.Abstractions;

namespace Disputes.Domain.Tests;

// One seeded run (see SequenceRun) shared by the invariant and the coverage checks.
public sealed class SequenceRunFixture
{
    public SequenceRun Run { get; } = SequenceRun.Execute();
}

public class DeciderSequencePropertyTests(SequenceRunFixture fixture, ITestOutputHelper output) : IClassFixture<SequenceRunFixture>
{
    private readonly SequenceRun run = fixture.Run;

    [Fact]
    public void Random_command_sequences_keep_every_invariant_after_every_step()
    {
        output.WriteLine($"{run.Elapsed.TotalSeconds:F1} s\n{run.Coverage.Table()}");
        if (run.Failures.Count > 0)
            Assert.Fail(run.Report() + "\n" + run.Coverage.Table());
    }

    [Fact]
    public void Random_command_sequences_reach_every_status_and_accept_every_action()
    {
        // Replaying a single seed is for diagnosing that sequence; coverage is a property of the whole run.
        if (run.ReplayedSeed is not null)
            return;

        var unreached = run.Coverage.UnreachedStatuses();
        var neverAccepted = run.Coverage.NeverAccepted();
        if (unreached.Count > 0 || neverAccepted.Count > 0)
            Assert.Fail($"Never reached: [{string.Join(", ", unreached)}]; never accepted: [{string.Join(", ", neverAccepted)}]\n{run.Coverage.Table()}");
    }

    [Fact]
    public void Random_command_sequences_take_every_branch_of_the_lifecycle_table()
    {
        if (run.ReplayedSeed is not null)
            return;

        run.Coverage.UntakenBranches().Should().BeEmpty("every branch's destination is compared with the evolver's status only when some command takes it");
    }
}
