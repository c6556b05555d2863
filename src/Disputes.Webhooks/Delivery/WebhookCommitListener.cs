using Marten;
using Marten.Services;

namespace Disputes.Webhooks.Delivery;

// After the commit, not before: the dispatcher must find the outbox rows when it wakes.
public sealed class WebhookCommitListener(WebhookSignal signal) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.GetEvents().Any())
            signal.Poke();
        return Task.CompletedTask;
    }
}
