using Disputes.Hosting.Auth;

namespace Disputes.Hosting.Http;

public static class Diagnostics
{
    // GET /diagnostics/<module>: what one module's background work on this instance is doing, for operators. Each
    // module maps its own page into the one group.
    public static RouteGroupBuilder MapDiagnosticsGroup(this IEndpointRouteBuilder app) =>
        app.MapGroup("/diagnostics").WithTags("Diagnostics").RequireAuthorization(AuthPolicies.Operations);
}
