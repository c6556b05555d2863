using System.Text.Json;
using Disputes.Hosting.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Errors;

// The framework's writer declines when Accept names no JSON type (Accept: application/xml), and the status code
// pages then answer text/plain: the fuzzer's "4xx without problem details". The API speaks only JSON, so errors
// are problem documents whatever the client asked for. Registered after the default writer: it only takes
// what that one declined.
public sealed class ProblemJsonFallbackWriter(IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var response = context.HttpContext.Response;
        problem.Status ??= response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(response.StatusCode);
        problem.Type = ProblemTypes.Stable(problem.Type, response.StatusCode);
        response.ContentType = "application/problem+json";
        return new ValueTask(JsonSerializer.SerializeAsync(response.Body, problem, problem.GetType(), json.Value.SerializerOptions, context.HttpContext.RequestAborted));
    }
}
