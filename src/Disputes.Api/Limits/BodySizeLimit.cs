using Disputes.Api.Errors;
using Disputes.Hosting.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Limits;

// A declared Content-Length over the limit is refused before a byte is read; a chunked body is cut off by the
// server when it passes the limit (Kestrel throws, ProblemExceptionHandler answers 413). Both as problem details.
public sealed class BodySizeLimit(RequestDelegate next, IOptions<LimitOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // Upload endpoints carry their own, larger limit (Disputes:Evidence:MaxRequestBytes); every other body the JSON one.
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? options.Value.MaxRequestBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        if (context.Request.ContentLength > limit)
        {
            await TypedResults.Problem(Problems.PayloadTooLarge(limit)).ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
