using Disputes.Hosting.Workers;
using NodaTime;

namespace Disputes.Hosting.Tests.Workers;

public sealed class WorkerCommitListenerSpecs
{
    private sealed record Scheduled(Instant DueAt);

    private sealed record Unrelated;

    private static Instant? DueAt(object e) => e is Scheduled s ? s.DueAt : null;

    [Fact]
    public void Given_a_commit_with_several_events_of_interest_When_it_is_looked_at_Then_the_worker_is_told_the_earliest()
    {
        var early = Instant.FromUtc(2026, 11, 20, 10, 0);

        WorkerCommitListener.Earliest([new Unrelated(), new Scheduled(early + Duration.FromHours(1)), new Scheduled(early)], DueAt).Should().Be(early);
    }

    [Fact]
    public void Given_a_commit_without_events_of_interest_When_it_is_looked_at_Then_the_worker_is_not_told()
    {
        WorkerCommitListener.Earliest([new Unrelated()], DueAt).Should().BeNull();
        WorkerCommitListener.Earliest([], DueAt).Should().BeNull();
    }
}
