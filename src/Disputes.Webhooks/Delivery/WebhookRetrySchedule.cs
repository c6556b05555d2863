using Microsoft.Extensions.Options;
using Polly.Contrib.WaitAndRetry;

namespace Disputes.Webhooks.Delivery;

// When a failed notification is tried again. The schedule lives in the outbox row (attempts, next_attempt_at),
// not in memory, so it survives restarts and moves between instances; Polly only computes each delay. The
// delays are Polly's exponential backoff with jitter (the "decorrelated jitter V2" curve that Polly 8's retry
// strategy uses for DelayBackoffType.Exponential with UseJitter), capped at MaxRetryDelay.
public sealed class WebhookRetrySchedule(IOptions<WebhookOptions> options)
{
    private readonly WebhookOptions settings = options.Value;

    public bool IsExhausted(int attempts) => attempts >= settings.MaxAttempts;

    // The wait after the given (1-based) failed attempt. A step of the curve depends only on its position and fresh
    // random draws, so drawing the curve up to the attempt and taking its last step has the curve's own distribution.
    public TimeSpan DelayAfter(int attempt)
    {
        var delay = Backoff.DecorrelatedJitterBackoffV2(settings.FirstRetryDelay, retryCount: Math.Max(1, attempt)).Last();
        return delay < settings.MaxRetryDelay ? delay : settings.MaxRetryDelay;
    }
}
