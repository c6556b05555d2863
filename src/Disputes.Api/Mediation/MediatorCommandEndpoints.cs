using Disputes.Api.Translations;
using Disputes.Hosting.Auth;

namespace Disputes.Api.Mediation;

// Mediators work escalated cases as themselves (the token's subject); they never act as a party.
public static class MediatorCommandEndpoints
{
    public static IEndpointRouteBuilder MapMediatorCommands(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/mediation/disputes").WithTags("Mediation").RequireAuthorization(AuthPolicies.Mediation);
        cases.MapClaimCase();
        cases.MapReleaseCase();
        cases.MapRequestEvidence();
        cases.MapRecordDecision();
        cases.MapPostMediatorMessage();
        cases.MapAnswerExtension();
        cases.MapTranslateTextAsMediator();

        var supervision = app.MapGroup("/mediation/disputes").WithTags("Mediation").RequireAuthorization(AuthPolicies.Supervision);
        supervision.MapAssignCase();
        supervision.MapRetryRefundAsSupervisor();
        return app;
    }
}
