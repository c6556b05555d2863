using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Disputes.Api.Http;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Projections.Telemetry;
using Disputes.Projections.Writing;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Commands;

// Reads who called and the headers every mutating call accepts (If-Match, Idempotency-Key, X-Correlation-Id)
// into the scoped CommandContext, so handlers and the executor never touch HTTP.
public sealed class CommandContextFilter(CommandContext context, IOptions<JsonOptions> json) : IEndpointFilter
{
    public const string IdempotencyHeader = "Idempotency-Key";
    public const string CorrelationHeader = "X-Correlation-Id";
    private const int MaxHeaderLength = 200;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        // Filters run after authorization: the endpoint's policy admitted the token under one of its roles.
        var policy = http.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>()
            .Select(a => a.Policy).LastOrDefault(p => p is not null);
        context.Caller = new Caller(http.User.Subject(), AuthPolicies.RoleUsed(http.User, policy)
            ?? throw new InvalidOperationException($"{http.Request.Path} reached a command without a role of its policy {policy}."));

        var command = http.GetEndpoint()?.Metadata.GetMetadata<DisputeCommandMetadata>();
        if (command is { Conditional: false } && http.Request.Headers.IfMatch.Count > 0)
            return Invalid("If-Match", "This request creates a dispute: there is no version to match. Send no If-Match; retry safely with Idempotency-Key.");
        if (!ETags.TryReadIfMatch(http.Request, out var expected))
            return Invalid("If-Match", "If-Match must be one strong entity tag, the dispute's version: \"3\".");
        context.ExpectedVersion = expected;

        if (http.Request.Headers[CorrelationHeader].ToString() is { Length: > 0 } correlation)
        {
            if (correlation.Length > MaxHeaderLength)
                return Invalid(CorrelationHeader, $"{CorrelationHeader} is at most {MaxHeaderLength} characters.");
            context.CorrelationId = correlation;
        }
        http.Response.Headers[CorrelationHeader] = context.CorrelationId;
        System.Diagnostics.Activity.Current?.SetTag(DisputesTelemetry.CorrelationId, context.CorrelationId);

        if (http.Request.Headers[IdempotencyHeader].ToString() is { Length: > 0 } key)
        {
            if (key.Length > MaxHeaderLength || key.Any(char.IsControl))
                return Invalid(IdempotencyHeader, $"{IdempotencyHeader} is 1 to {MaxHeaderLength} printable characters.");
            // Keys are the caller's own namespace: two storefronts may both use "order-1-open".
            context.Idempotency = new IdempotencyRequest($"{http.User.Subject()}:{key}", Fingerprint(invocation));
        }

        return await next(invocation);
    }

    // Same method, same path, same body (as bound, so whitespace and key order do not matter).
    private string Fingerprint(EndpointFilterInvocationContext invocation)
    {
        var request = invocation.HttpContext.Request;
        var text = new StringBuilder().Append(request.Method).Append(' ').Append(request.Path);
        foreach (var body in invocation.Arguments.OfType<IRequestBody>())
            text.Append('\n').Append(JsonSerializer.Serialize(body, body.GetType(), json.Value.SerializerOptions));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static IResult Invalid(string header, string message) =>
        TypedResults.Problem(Problems.Validation(new Dictionary<string, string[]> { [header] = [message] }));
}
