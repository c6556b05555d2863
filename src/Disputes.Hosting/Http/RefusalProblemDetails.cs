using System.Text.Json.Serialization;
using Disputes.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Disputes.Hosting.Http;

// A request the engine understood and refused (409, 422, and the 403/404 a dispute's rules give): the rule that
// refused it, and on a 409 what the caller may do instead. A type of its own rather than extension entries, so
// the OpenAPI document describes exactly what is served.
public sealed class RefusalProblemDetails : ProblemDetails
{
    public required string Rule { get; init; }

    // 409 only: the actions the caller may take now (empty when there are none).
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DisputeAction>? AllowedActions { get; init; }

    // order-has-open-dispute only: the order, and the open dispute that holds it.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OrderId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Guid? DisputeId { get; init; }
}
