using Disputes.Api.Translations;
using Disputes.Hosting.Auth;

namespace Disputes.Api.Storefront;

// The storefront backend's routes, acting for a buyer, a seller or the platform (payments, carriers).
public static class StorefrontEndpoints
{
    public static IEndpointRouteBuilder MapStorefront(this IEndpointRouteBuilder app)
    {
        var disputes = app.MapGroup("/disputes").WithTags("Storefront").RequireAuthorization(AuthPolicies.Storefront);
        disputes.MapOpenDispute();
        disputes.MapAcceptClaim();
        disputes.MapMakeOffer();
        disputes.MapRejectClaim();
        disputes.MapAcceptOffer();
        disputes.MapRejectOffer();
        disputes.MapPostMessage();
        disputes.MapAddEvidence();
        disputes.MapEscalate();
        disputes.MapWithdrawDispute();
        disputes.MapAppealDecision();
        disputes.MapRateResolution();
        disputes.MapTranslateText();
        disputes.MapShipReturn();
        disputes.MapMarkReturnDelivered();
        disputes.MapConfirmReturnReceived();
        disputes.MapReportReturnProblem();
        disputes.MapReportRefundSucceeded();
        disputes.MapReportRefundFailed();
        disputes.MapRetryRefund();
        disputes.MapCounterOffer();
        disputes.MapProposeSolution();
        disputes.MapRecordReturnReceipt();
        disputes.MapShipReplacement();
        disputes.MapConfirmReplacementReceived();
        disputes.MapReportReplacementProblem();
        disputes.MapRequestExtension();
        disputes.MapGrantExtension();
        disputes.MapRefuseExtension();
        disputes.MapExtendProtection();
        disputes.MapListDisputes();
        disputes.MapNeedsAction();

        // Every client reads a dispute the same way; what it may then do depends on its role.
        var reading = app.MapGroup("/disputes").WithTags("Storefront").RequireAuthorization(AuthPolicies.Read);
        reading.MapGetDispute();
        reading.MapGetTimeline();
        reading.MapGetActionExplanations();
        reading.MapGetClocks();
        reading.MapGetLifecyclePath();
        app.MapGroup("/lifecycle").WithTags("Storefront").RequireAuthorization(AuthPolicies.Read).MapGetLifecycle();
        return app;
    }
}
