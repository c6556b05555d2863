using Disputes.Api.Auth;

namespace Disputes.Api.Statistics;

// Cross-dispute figures from the async projections. A seller's scorecard is for whoever works with sellers
// (storefront, mediators, auditors, admins); the platform-wide daily figures are for auditors and admins.
public static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder MapStatistics(this IEndpointRouteBuilder app)
    {
        var sellers = app.MapGroup("/sellers").WithTags("Statistics").RequireAuthorization(AuthPolicies.Read);
        sellers.MapGetSellerScorecard();
        var statistics = app.MapGroup("/statistics").WithTags("Statistics").RequireAuthorization(AuthPolicies.Audit);
        statistics.MapGetDailyStatistics();
        return app;
    }
}
