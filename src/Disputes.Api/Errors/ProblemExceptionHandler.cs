using System.Text.Json;
using Disputes.Api.Limits;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Errors;

// Whatever a client sends must come back as a 4xx problem: binding and JSON failures are the client's,
// only what is left is ours (logged, and answered without internals).
public sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger, IOptions<LimitOptions> limits) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            RequestValidationException invalid => Problems.Validation(invalid.Errors),
            BadHttpRequestException { InnerException: JsonException json } => Problems.Validation(JsonErrors(json)),
            // Kestrel cutting off a chunked body past Disputes:Limits:MaxRequestBodyBytes.
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problems.PayloadTooLarge(limits.Value.MaxRequestBodyBytes),
            BadHttpRequestException bad => BadRequest(bad),
            JsonException json => Problems.Validation(JsonErrors(json)),
            _ when DatabaseUnavailable.Is(exception) => Problems.ServiceUnavailable(),
            _ => null,
        };

        if (problem?.Status == StatusCodes.Status503ServiceUnavailable)
        {
            // Expected during an outage and retried by clients: one line, not a stack trace per request.
            logger.LogWarning("Database unavailable for {Method} {Path}: {Error}", context.Request.Method, context.Request.Path, exception.GetBaseException().Message);
            context.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Type = ProblemTypes.Internal,
                Title = "An unexpected error occurred.",
            };
        }

        await TypedResults.Problem(problem).ExecuteAsync(context);
        return true;
    }

    // Without a JSON error the body was absent (or "null"); the framework's own wording talks about DI, not the client.
    private static ProblemDetails BadRequest(BadHttpRequestException bad) => bad.StatusCode == StatusCodes.Status400BadRequest
        ? Problems.Validation(new Dictionary<string, string[]>
        {
            ["body"] = [bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) ? "A JSON request body is required." : bad.Message],
        })
        : new ProblemDetails { Status = bad.StatusCode, Title = bad.Message };

    // STJ reports where it stopped as a JSON path ("$.amountPaid.amount"); that is the field the client got wrong.
    private static Dictionary<string, string[]> JsonErrors(JsonException json)
    {
        var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
        var message = field == "body" ? "The request body is not valid JSON." : $"The value of {field} is not valid.";
        if (IsDuplicateKey(json))
            message = field == "body"
                ? "The request body repeats a key; send each key of an object once."
                : $"{field} appears more than once in the request body; send each key of an object once.";
        return new Dictionary<string, string[]> { [field] = [message] };
    }

    // STJ has no exception type of its own for AllowDuplicateProperties = false, only this message (its resources
    // are English here: InvariantGlobalization). Tests/DuplicateKeys fails if a runtime update rewords it.
    private static bool IsDuplicateKey(JsonException json) =>
        json.Message.StartsWith("Duplicate propert", StringComparison.Ordinal);
}
