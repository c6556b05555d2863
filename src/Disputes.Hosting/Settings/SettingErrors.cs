using Microsoft.Extensions.Options;

namespace Disputes.Hosting.Settings;

// Collects "Disputes:Scheduler:BatchSize must be between 1 and 1000 (was 0)." lines: the full key as an operator
// writes it in appsettings or, with __ for :, in the environment.
public sealed class SettingErrors(string section)
{
    private readonly List<string> errors = [];

    public void Range<T>(string name, T value, T min, T max) where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
            errors.Add($"{section}:{name} must be between {min} and {max} (was {value}).");
    }

    public void Require(bool ok, string name, string rule)
    {
        if (!ok)
            errors.Add($"{section}:{name} {rule}");
    }

    public ValidateOptionsResult Result => errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
}
