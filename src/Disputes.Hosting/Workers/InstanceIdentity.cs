using System.Diagnostics;
using Disputes.Hosting.Settings;
using Microsoft.Extensions.Options;

namespace Disputes.Hosting.Workers;

// "Disputes:Instance:Id": this process's name among the instances sharing the database. The scheduler and the
// webhook dispatcher record it with every claim they take, and the diagnostics group claims by it, so after an
// instance dies an operator can see whose claims are waiting out their lease. Unset, it is the host name, the
// process id and the process's start time: in containers every replica is pid 1 and a restarted container keeps
// its host name, and the start time still tells a dead incarnation's claims from the live one's.
public sealed class InstanceOptions
{
    public const string Section = "Disputes:Instance";
    public const int MaxLength = 100;

    public string? Id { get; set; }
}

public sealed class InstanceOptionsValidation : IValidateOptions<InstanceOptions>
{
    public ValidateOptionsResult Validate(string? name, InstanceOptions o)
    {
        var errors = new SettingErrors(InstanceOptions.Section);
        errors.Require(o.Id is null || (o.Id.Length <= InstanceOptions.MaxLength && !o.Id.Any(char.IsControl)), nameof(o.Id),
            $"must be at most {InstanceOptions.MaxLength} printable characters.");
        return errors.Result;
    }
}

public sealed class InstanceIdentity(IOptions<InstanceOptions> options)
{
    public string Id { get; } = options.Value.Id is { Length: > 0 } id ? id : Default();

    private static string Default()
    {
        using var process = Process.GetCurrentProcess();
        return $"{Environment.MachineName}/{Environment.ProcessId}/{process.StartTime.ToUniversalTime():yyyyMMdd'T'HHmmss'Z'}";
    }
}
