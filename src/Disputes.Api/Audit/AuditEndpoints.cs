using Disputes.Api.Auth;

namespace Disputes.Api.Audit;

// Auditors' read-only routes: the stream as stored, state as of any point, the global feed, a digest, and
// verification of the hash chain the database keeps over every stream.
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/audit").WithTags("Audit").RequireAuthorization(AuthPolicies.Audit)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        audit.MapGetDisputeEvents();
        audit.MapGetDisputeStateAsOf();
        audit.MapGetDisputeDigest();
        audit.MapGetEventFeed();
        audit.MapVerifyDisputeHistory();
        audit.MapVerifyAllHistory();
        return app;
    }
}
