
namespace Disputes.Webhooks.Delivery;

// Wakes this instance's dispatcher when something may have become deliverable here: a commit with events,
// a resume, a redelivery. Other instances notice within WebhookOptions.MaxIdle.
public sealed class WebhookSignal
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Poke()
    {
        lock (wake)
        {
            if (wake.CurrentCount == 0)
                wake.Release();
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => wake.WaitAsync(timeout, ct);
}
