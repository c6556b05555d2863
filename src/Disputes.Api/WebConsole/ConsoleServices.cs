using Microsoft.Extensions.Options;

namespace Disputes.Api.WebConsole;

public static class ConsoleServices
{
    public static IServiceCollection AddDisputesConsole(this IServiceCollection services)
    {
        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section)
            .PostConfigure<IHostEnvironment>((o, environment) => o.DevelopmentSignIn ??= environment.IsDevelopment())
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConsoleOptions>, ConsoleOptionsValidation>();
        return services;
    }
}
