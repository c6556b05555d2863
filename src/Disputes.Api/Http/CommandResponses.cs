using System.Text.Json;
using Disputes.Hosting.Http;
using Disputes.Projections.Views;
using Disputes.Projections.Writing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Disputes.Api.Http;

// CommandOutcome → HTTP, for every command endpoint. Rendered once into a StoredResponse so that the first
// answer and its idempotent replay are the same status, headers and bytes.
public sealed class CommandResponses(IOptions<JsonOptions> json, DisputeViews views)
{
    public StoredResponse Render(CommandOutcome outcome) => outcome switch
    {
        Written { Created: true } w => Dispute(StatusCodes.Status201Created, views.For(w.State, w.Version), created: true),
        Written w => Dispute(StatusCodes.Status200OK, views.For(w.State, w.Version), created: false),
        CommandRefused r => Problem(Problems.From(r.Refusal)),
        VersionMismatch m => Problem(Problems.VersionMismatch(m.DisputeId, m.ExpectedVersion)),
        IdempotencyKeyReused => Problem(Problems.IdempotencyKeyReused()),
        OrderHasOpenDispute o => Problem(Problems.OrderHasOpenDispute(o.OrderId, o.DisputeId)),
        Replayed { Reply: StoredResponse first } => first,
        _ => throw new InvalidOperationException($"Unknown outcome {outcome.GetType().Name}."),
    };

    public IResult Result(CommandOutcome outcome) => new StoredResult(Render(outcome), outcome is Replayed);

    private StoredResponse Dispute(int status, DisputeView view, bool created) =>
        new(status, "application/json", Serialize(view), view.Version, created ? $"/disputes/{view.Id}" : null);

    private StoredResponse Problem(ProblemDetails problem) =>
        new(problem.Status ?? StatusCodes.Status400BadRequest, "application/problem+json", Serialize(problem), null, null);

    private string Serialize<T>(T value) => JsonSerializer.Serialize(value, value!.GetType(), json.Value.SerializerOptions);

    private sealed class StoredResult(StoredResponse response, bool replayed) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => response.Status;

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
