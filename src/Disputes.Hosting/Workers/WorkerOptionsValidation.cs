using Disputes.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace Disputes.Hosting.Workers;

// The checks every worker's settings share, then the worker's own (CheckOwn), each error naming its full key.
public abstract class WorkerOptionsValidation<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : WorkerOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions o)
    {
        var errors = new SettingErrors(section);
        errors.Range(nameof(o.Parallelism), o.Parallelism, 1, 64);
        errors.Range(nameof(o.Lease), o.Lease, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        errors.Range(nameof(o.MaxIdle), o.MaxIdle, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1));
        errors.Range(nameof(o.MinIdle), o.MinIdle, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1));
        errors.Require(o.MinIdle <= o.MaxIdle, nameof(o.MinIdle), $"must not be longer than MaxIdle ({o.MaxIdle}).");
        CheckOwn(errors, o);
        return errors.Result;
    }

    protected abstract void CheckOwn(SettingErrors errors, TOptions o);
}
