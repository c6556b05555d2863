namespace Disputes.Api.Storefront;

// The storefront backend's routes, acting for a buyer or a seller.
public static class StorefrontEndpoints
{
    public static IEndpointRouteBuilder MapStorefront(this IEndpointRouteBuilder app)
    {
        var disputes = app.MapGroup("/disputes").WithTags("Storefront");
        disputes.MapOpenDispute();
        disputes.MapGetDispute();
        disputes.MapListDisputes();
        disputes.MapNeedsAction();
        return app;
    }
}
