using Microsoft.Extensions.Options;

namespace Disputes.Webhooks.Delivery;

// Checked at start-up: a schedule that cannot work should stop the instance, not dead-letter everything later.
public sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions o)
    {
        var errors = new List<string>();
        if (o.MaxAttempts is < 1 or > 50)
            errors.Add("MaxAttempts must be from 1 to 50.");
        if (o.FirstRetryDelay <= TimeSpan.Zero)
            errors.Add("FirstRetryDelay must be positive.");
        if (o.MaxRetryDelay < o.FirstRetryDelay)
            errors.Add("MaxRetryDelay must not be shorter than FirstRetryDelay.");
        if (o.AttemptTimeout <= TimeSpan.Zero || o.AttemptTimeout > TimeSpan.FromMinutes(5))
            errors.Add("AttemptTimeout must be positive and at most 5 minutes.");
        if (o.Lease < o.AttemptTimeout * 2)
            errors.Add("Lease must be at least twice AttemptTimeout, or a slow attempt could be overtaken by the next notification.");
        if (o.Parallelism is < 1 or > 64)
            errors.Add("Parallelism must be from 1 to 64.");
        if (o.MinIdle <= TimeSpan.Zero || o.MaxIdle < o.MinIdle)
            errors.Add("MinIdle must be positive and MaxIdle not shorter than it.");
        if (o.PublicBaseUrl is { Length: > 0 } url && !WebhookUrls.IsHttpUrl(url))
            errors.Add("PublicBaseUrl must be an absolute http or https URL.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => $"{WebhookOptions.Section}: {e}"));
    }
}
