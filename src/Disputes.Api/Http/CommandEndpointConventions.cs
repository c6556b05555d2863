using Disputes.Api.Commands;
using Disputes.Hosting.Http;
using Disputes.Projections.Views;
using Disputes.Projections.Writing;

namespace Disputes.Api.Http;

public static class CommandEndpointConventions
{
    // Every mutating dispute endpoint: the command headers, the dispute view on success, and every problem a
    // command can end in, declared once so the OpenAPI document lists them all with the schemas served.
    // conditional: whether the command acts on an existing dispute, so If-Match (and its 412) means something.
    public static RouteHandlerBuilder AsDisputeCommand(
        this RouteHandlerBuilder endpoint, int successStatus = StatusCodes.Status200OK, bool conditional = true, bool bodyRequired = true)
    {
        endpoint
            .AddEndpointFilter<CommandContextFilter>()
            .WithMetadata(new DisputeCommandMetadata(conditional, bodyRequired), new ReturnsETag())
            .Produces<DisputeView>(successStatus)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<RefusalProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")
            .Produces<RefusalProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json");
        return conditional ? endpoint.ProducesProblem(StatusCodes.Status412PreconditionFailed) : endpoint;
    }
}

// Marks command endpoints for the filter that reads their headers and the OpenAPI transformer that documents them.
public sealed record DisputeCommandMetadata(bool Conditional, bool BodyRequired);

// The success response carries the dispute's version as ETag.
public sealed class ReturnsETag;
