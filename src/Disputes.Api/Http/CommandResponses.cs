using System.Text.Json;
using Disputes.Api.Commands;
using Disputes.Api.Errors;
using Disputes.Projections;
using Microsoft.AspNetCore.Mvc;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.Extensions.Options;

namespace Disputes.Api.Http;

// CommandOutcome → HTTP, for every command endpoint. Rendered once into a StoredResponse so that the first
// answer and its idempotent replay are the same status, headers and bytes.
public sealed class CommandResponses(IOptions<JsonOptions> json)
{
    public StoredResponse Render(CommandOutcome outcome) => outcome switch
    {
        Written { Created: true } w => new(StatusCodes.Status201Created, "application/json", Serialize(w.View), w.View.Version, $"/disputes/{w.View.Id}"),
        Written w => new(StatusCodes.Status200OK, "application/json", Serialize(w.View), w.View.Version, null),
        CommandRefused r => Problem(Problems.From(r.Refusal)),
        VersionMismatch m => Problem(Problems.VersionMismatch(m.DisputeId, m.ExpectedVersion)),
        IdempotencyKeyReused => Problem(Problems.IdempotencyKeyReused()),
        OrderHasOpenDispute o => Problem(Problems.OrderHasOpenDispute(o.OrderId, o.DisputeId)),
        Replayed r => r.Response,
        _ => throw new InvalidOperationException($"Unknown outcome {outcome.GetType().Name}."),
    };

    public IResult Result(CommandOutcome outcome) => new StoredResult(Render(outcome), outcome is Replayed);

    private StoredResponse Problem(ProblemDetails problem) =>
        new(problem.Status ?? StatusCodes.Status400BadRequest, "application/problem+json", Serialize(problem), null, null);

    private string Serialize<T>(T value) => JsonSerializer.Serialize(value, value!.GetType(), json.Value.SerializerOptions);

    private sealed class StoredResult(StoredResponse response, bool replayed) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            var http = context.Response;
            http.StatusCode = response.Status;
            http.ContentType = response.ContentType;
            if (response.Version is { } version)
                ETags.Set(http, version);
            if (response.Location is { } location)
                http.Headers.Location = location;
            if (replayed)
                http.Headers["Idempotent-Replayed"] = "true";
            await http.WriteAsync(response.Body, context.RequestAborted);
        }
    }
}
