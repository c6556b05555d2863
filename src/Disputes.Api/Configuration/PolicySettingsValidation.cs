using Disputes.Domain;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Configuration;

// The policy has its own parser (DisputePolicy.FromSettings); this runs it at startup so a bad duration or
// time zone stops the app with the key's full name instead of failing the first command.
public sealed class PolicySettingsValidation(IConfiguration configuration) : IValidateOptions<PolicySettings>
{
    public ValidateOptionsResult Validate(string? name, PolicySettings settings)
    {
        if (!configuration.GetSection(PolicyConfiguration.Section).Exists())
            return ValidateOptionsResult.Success;
        try
        {
            DisputePolicy.FromSettings(settings);
            return ValidateOptionsResult.Success;
        }
        catch (PolicyConfigurationException e) when (e.Key is not null)
        {
            return ValidateOptionsResult.Fail($"{PolicyConfiguration.Section}:{e.Key} has an invalid value '{e.Value}': {e.Reason}");
        }
        catch (PolicyConfigurationException e)
        {
            return ValidateOptionsResult.Fail(e.Problems.Select(p => $"{PolicyConfiguration.Section}: {p}"));
        }
    }
}
