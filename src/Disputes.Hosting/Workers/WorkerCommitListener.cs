using Disputes.Projections.Store;
using Marten;
using Marten.Services;
using NodaTime;

namespace Disputes.Hosting.Workers;

// Pokes a worker's signal after a commit whose events give it work: dueAt says, per event, when the work it creates
// falls due (null: none; WakeSignal.AtOnce: now). After the commit, not before: the worker must find the rows the
// commit wrote when it wakes. It joins the store as a module of its own, so the feature's store module stays the same
// for tools that only shape the schema.
public sealed class WorkerCommitListener(WakeSignal signal, Func<object, Instant?> dueAt) : DocumentSessionListenerBase, IStoreModule
{
    public void Configure(StoreOptions options) => options.Listeners.Add(this);

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (Earliest(commit.GetEvents().Select(e => e.Data), dueAt) is { } at)
            signal.Notify(at);
        return Task.CompletedTask;
    }

    public static Instant? Earliest(IEnumerable<object> events, Func<object, Instant?> dueAt) => events.Select(dueAt).Min();
}
