using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Limits;

public static class LimitServices
{
    public static IServiceCollection AddDisputesLimits(this IServiceCollection services)
    {
        services.AddOptions<LimitOptions>().BindConfiguration(LimitOptions.Section);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitOptions>>((options, limits) => ClientRateLimit.Configure(options, limits.Value));
        return services;
    }

    // After authentication, so the limiter knows the caller's subject.
    public static IApplicationBuilder UseDisputesLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<BodySizeLimit>().UseRateLimiter();
}
