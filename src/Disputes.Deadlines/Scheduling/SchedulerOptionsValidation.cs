using Disputes.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace Disputes.Deadlines.Scheduling;

public sealed class SchedulerOptionsValidation : IValidateOptions<SchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulerOptions o)
    {
        var errors = new SettingErrors(SchedulerOptions.Section);
        errors.Range(nameof(o.BatchSize), o.BatchSize, 1, 1000);
        errors.Range(nameof(o.Parallelism), o.Parallelism, 1, 64);
        errors.Range(nameof(o.Lease), o.Lease, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        errors.Range(nameof(o.MaxIdle), o.MaxIdle, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1));
        errors.Range(nameof(o.MinIdle), o.MinIdle, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1));
        errors.Range(nameof(o.RetryAfter), o.RetryAfter, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1));
        errors.Require(o.MinIdle <= o.MaxIdle, nameof(o.MinIdle), $"must not be longer than MaxIdle ({o.MaxIdle}).");
        return errors.Result;
    }
}
