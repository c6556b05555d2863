using Scalar.AspNetCore;

namespace Disputes.Api.Docs;

public static class DocsEndpoints
{
    // /openapi/v1.json and the interactive reference at /scalar/v1.
    public static IEndpointRouteBuilder MapDocs(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference();
        return app;
    }
}
