using Disputes.Domain;
using Marten;
using Marten.Services;

namespace Disputes.Deadlines.Scheduling;

// After a commit, not before: the scheduler must find the row when it wakes.
public sealed class DeadlineCommitListener(DeadlineSignal signal) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        foreach (var e in commit.GetEvents())
            if (e.Data is DeadlineScheduled scheduled)
                signal.Notify(scheduled.DueAt);
        return Task.CompletedTask;
    }
}
