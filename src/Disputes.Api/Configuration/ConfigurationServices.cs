using Disputes.Api.Telemetry;
using Disputes.Deadlines.Scheduling;
using Disputes.Domain;
using Disputes.Hosting.Settings;
using Disputes.Hosting.Workers;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Configuration;

// Every settings section is bound and validated when the host starts, so a bad value stops the app with one
// line naming its key (StartupFailure) instead of failing a request later.
public static class ConfigurationServices
{
    public static IServiceCollection AddDisputesConfiguration(this IServiceCollection services)
    {
        Validated<TelemetryOptions, TelemetryOptionsValidation>(services, TelemetryOptions.Section);
        Validated<PolicySettings, PolicySettingsValidation>(services, PolicyConfiguration.Section);
        Validated<AuthSettings, AuthSettingsValidation>(services, AuthSettings.Section);
        Validated<ShutdownOptions, ShutdownOptionsValidation>(services, ShutdownOptions.Section);
        Validated<InstanceOptions, InstanceOptionsValidation>(services, InstanceOptions.Section);
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.Timeout);
        return services;
    }

    private static void Validated<TOptions, TValidation>(IServiceCollection services, string section)
        where TOptions : class
        where TValidation : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidation>();
    }
}
