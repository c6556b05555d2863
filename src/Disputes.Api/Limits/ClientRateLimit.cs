using System.Globalization;
using System.Threading.RateLimiting;
using Disputes.Hosting.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Disputes.Api.Limits;

// ASP.NET Core's rate limiter, one token bucket per client: the token's subject when it carries a valid one
// (so a service behind a NAT is not limited with its neighbours), else the remote address. Health probes are
// never limited: a load balancer must always learn the truth.
public static class ClientRateLimit
{
    public static void Configure(RateLimiterOptions options, LimitOptions limits)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = Reject;
        if (limits.PermitsPerSecond <= 0)
            return;
        var bucket = Bucket(limits);
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.Request.Path.StartsWithSegments("/health")
                ? RateLimitPartition.GetNoLimiter("health")
                : RateLimitPartition.GetTokenBucketLimiter(Client(context), _ => bucket));
    }

    // Refilled about ten times a second (at 10 permits a second and more), so a client over its rate waits a fraction
    // of a second, not a whole one; the period is fitted to the whole tokens, so the refill is exactly the rate
    // (1 a second is 1 token a second, not 1 every 100 ms; 15 is 1 every 67 ms, not 10 a second).
    public static TokenBucketRateLimiterOptions Bucket(LimitOptions limits)
    {
        var tokens = Math.Max(1, limits.PermitsPerSecond / 10);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limits.Burst),
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = TimeSpan.FromSeconds((double)tokens / limits.PermitsPerSecond),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    private static string Client(HttpContext context) =>
        context.User.FindFirst("sub")?.Value is { Length: > 0 } subject ? $"sub:{subject}" : $"ip:{context.Connection.RemoteIpAddress}";

    private static async ValueTask Reject(OnRejectedContext rejected, CancellationToken ct)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        rejected.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(Problems.TooManyRequests(retryAfter)).ExecuteAsync(rejected.HttpContext);
    }
}
