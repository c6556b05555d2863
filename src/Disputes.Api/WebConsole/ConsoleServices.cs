using Disputes.Api.Configuration;
using Microsoft.Extensions.Options;

namespace Disputes.Api.WebConsole;

public static class ConsoleServices
{
    public static IServiceCollection AddDisputesConsole(this IServiceCollection services)
    {
        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section)
            // Unset: on in Development when there is a key to sign with (appsettings.Development.json has one; a host
            // started from another directory may not read it), so a plain start never fails for want of it.
            .PostConfigure<IHostEnvironment, IOptions<AuthSettings>>((o, environment, auth) =>
                o.DevelopmentSignIn ??= environment.IsDevelopment() && auth.Value is { SigningKey.Length: > 0, Issuer.Length: > 0, Audience.Length: > 0 })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConsoleOptions>, ConsoleOptionsValidation>();
        return services;
    }
}
