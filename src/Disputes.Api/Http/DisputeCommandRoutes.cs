using System.Security.Claims;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Disputes.Api.Http;

public static class DisputeCommandRoutes
{
    // POST {pattern} with a JSON body: bind, wrap into the use case's request, send it through Mediator,
    // answer with CommandResponses. An empty body binds as null, so a missing body is a 400 naming what is
    // missing (actingAs) rather than a binding failure; bodyRequired: false for actions that carry nothing but
    // the caller, where no body is fine.
    public static RouteHandlerBuilder MapDisputeCommand<TBody>(
        this RouteGroupBuilder group, string pattern, Func<Guid, TBody?, ClaimsPrincipal, IDisputeCommandRequest> request, bool bodyRequired = true)
        where TBody : class, IRequestBody =>
        group.MapPost(pattern, async (
                Guid disputeId,
                [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] TBody? body,
                ClaimsPrincipal user,
                ISender sender,
                CommandResponses responses,
                CancellationToken ct) => responses.Result(await sender.Send(request(disputeId, body, user), ct)))
            .Accepts<TBody>(!bodyRequired, "application/json")
            .AsDisputeCommand(bodyRequired: bodyRequired);
}
