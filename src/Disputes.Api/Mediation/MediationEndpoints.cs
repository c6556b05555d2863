namespace Disputes.Api.Mediation;

// The mediators' routes: their work queue (and, as they land, claiming and deciding cases).
public static class MediationEndpoints
{
    public static IEndpointRouteBuilder MapMediation(this IEndpointRouteBuilder app)
    {
        var mediation = app.MapGroup("/mediation").WithTags("Mediation");
        mediation.MapMediatorQueue();
        return app;
    }
}
