using Microsoft.Extensions.Options;
using Disputes.Hosting.Settings;
using Disputes.Hosting.Workers;

namespace Disputes.Webhooks.Delivery;

// Checked at start-up: a schedule that cannot work should stop the instance, not dead-letter everything later.
public sealed class WebhookOptionsValidator() : WorkerOptionsValidation<WebhookOptions>(WebhookOptions.Section)
{
    protected override void CheckOwn(SettingErrors errors, WebhookOptions o)
    {
        errors.Range(nameof(o.MaxAttempts), o.MaxAttempts, 1, 50);
        errors.Require(o.FirstRetryDelay > TimeSpan.Zero, nameof(o.FirstRetryDelay), "must be positive.");
        errors.Require(o.MaxRetryDelay >= o.FirstRetryDelay, nameof(o.MaxRetryDelay), $"must not be shorter than FirstRetryDelay ({o.FirstRetryDelay}).");
        errors.Require(o.AttemptTimeout > TimeSpan.Zero && o.AttemptTimeout <= TimeSpan.FromMinutes(5), nameof(o.AttemptTimeout),
            "must be positive and at most 00:05:00.");
        errors.Require(o.Lease >= o.AttemptTimeout * 2, nameof(o.Lease),
            $"must be at least twice AttemptTimeout ({o.AttemptTimeout}), or a slow attempt could be overtaken by the next notification.");
        errors.Require(o.PublicBaseUrl is not { Length: > 0 } url || WebhookUrls.IsHttpUrl(url), nameof(o.PublicBaseUrl),
            "must be an absolute http or https URL.");
    }
}
