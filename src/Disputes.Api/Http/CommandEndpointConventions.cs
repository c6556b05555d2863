using Disputes.Api.Commands;
using Disputes.Api.Views;

namespace Disputes.Api.Http;

public static class CommandEndpointConventions
{
    // Every mutating dispute endpoint: the command headers, the dispute view on success, and every
    // problem a command can end in (DESIGN §5), declared once so the OpenAPI document lists them all.
    public static RouteHandlerBuilder AsDisputeCommand(this RouteHandlerBuilder endpoint, int successStatus = StatusCodes.Status200OK) =>
        endpoint
            .AddEndpointFilter<CommandContextFilter>()
            .WithMetadata(new DisputeCommandMetadata())
            .Produces<DisputeView>(successStatus)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

// Marks command endpoints for the OpenAPI transformer that documents their headers.
public sealed class DisputeCommandMetadata;
