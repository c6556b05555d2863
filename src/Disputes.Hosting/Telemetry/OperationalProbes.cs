namespace Disputes.Hosting.Telemetry;

public static class OperationalProbes
{
    // A probe the host's sampler reads on its interval; also injectable on its own, for the module's diagnostics.
    public static IServiceCollection AddOperationalProbe<T>(this IServiceCollection services) where T : class, IOperationalProbe
    {
        services.AddSingleton<T>();
        services.AddSingleton<IOperationalProbe>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
