using Disputes.Audit.Checkpoints;
using Disputes.Audit.Verification;
using Disputes.Audit.WhatIf;
using Disputes.Hosting.Auth;

namespace Disputes.Audit.Trail;

// Auditors' routes: the stream as stored, state as of any point, the global feed, a digest, verification of the
// hash chain the database keeps over every stream, and the signed checkpoints that anchor it. Read-only towards
// the disputes: taking a checkpoint writes a checkpoint row, never an event.
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditTrail(this IEndpointRouteBuilder app)
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
        audit.MapCheckpoints();
        audit.MapWhatIf();
        return app;
    }
}
