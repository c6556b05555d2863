using Microsoft.Extensions.Options;

namespace Disputes.Hosting.Settings;

public static class ValidatedOptions
{
    // Bound from its section and validated when the host starts, so a bad value stops the app with one line naming
    // its key (SettingErrors) instead of failing a request later.
    public static IServiceCollection AddValidatedOptions<TOptions, TValidation>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidation : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidation>();
        return services;
    }
}
