using Disputes.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Configuration;

// "Disputes:Shutdown:Timeout": how long SIGTERM may take. In that time the instance leaves the rotation
// (readiness fails), Kestrel stops accepting, in-flight requests and expiries finish, unfired claims are
// released; whatever still runs at the bound is abandoned (its lease hands it to another instance).
public sealed class ShutdownOptions
{
    public const string Section = "Disputes:Shutdown";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class ShutdownOptionsValidation : IValidateOptions<ShutdownOptions>
{
    public ValidateOptionsResult Validate(string? name, ShutdownOptions o)
    {
        var errors = new SettingErrors(ShutdownOptions.Section);
        errors.Range(nameof(o.Timeout), o.Timeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        return errors.Result;
    }
}
