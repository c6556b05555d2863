using Disputes.Hosting.Auth;

namespace Disputes.Api.Mediation;

// The mediators' work queue; their actions on a case are in MediatorCommandEndpoints.
public static class MediationEndpoints
{
    public static IEndpointRouteBuilder MapMediation(this IEndpointRouteBuilder app)
    {
        var mediation = app.MapGroup("/mediation").WithTags("Mediation").RequireAuthorization(AuthPolicies.Mediation);
        mediation.MapMediatorQueue();
        mediation.MapMediatorNeedsAction();
        return app;
    }
}
