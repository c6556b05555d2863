using Disputes.Api.Commands;
using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Mediation;

// POST /mediation/disputes/{id}/extensions/grant|refuse — a mediator answers a party's request for more time, as
// themselves (the assigned mediator once the case has one).
public sealed record GrantExtensionAsMediatorBody() : IRequestBody;

public sealed record RefuseExtensionAsMediatorBody(string? Reason = null, string? Language = null) : IRequestBody;

public sealed record GrantExtensionAsMediatorRequest(Guid DisputeId, GrantExtensionAsMediatorBody? Body, Actor By) : IDisputeCommandRequest
{
    // Nothing to check: the caller is the whole command.
    public void Validate(RequestErrors errors)
    {
    }

    public IDisputeCommand ToCommand() => new GrantExtension(DisputeId, By);
}

public sealed record RefuseExtensionAsMediatorRequest(Guid DisputeId, RefuseExtensionAsMediatorBody? Body, Actor By) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors) => errors.Required("reason", Body?.Reason);

    public IDisputeCommand ToCommand() => new RefuseExtension(DisputeId, Body!.Reason!, By);
}

public sealed class GrantExtensionAsMediatorHandler(DisputeWriter writer) : DisputeCommandHandler<GrantExtensionAsMediatorRequest>(writer);

public sealed class RefuseExtensionAsMediatorHandler(DisputeWriter writer) : DisputeCommandHandler<RefuseExtensionAsMediatorRequest>(writer);

public static class AnswerExtensionEndpoints
{
    public static void MapAnswerExtension(this RouteGroupBuilder group)
    {
        group.MapDisputeCommand<GrantExtensionAsMediatorBody>("/{disputeId:guid}/extensions/grant",
                (id, body, user) => new GrantExtensionAsMediatorRequest(id, body, user.AsMediator()), bodyRequired: false)
            .WithName("GrantExtensionAsMediator")
            .WithSummary("Grant a party's pending request for more time (as a mediator)");
        group.MapDisputeCommand<RefuseExtensionAsMediatorBody>("/{disputeId:guid}/extensions/refuse",
                (id, body, user) => new RefuseExtensionAsMediatorRequest(id, body, user.AsMediator()))
            .WithName("RefuseExtensionAsMediator")
            .WithSummary("Refuse a party's pending request for more time, with why (as a mediator)");
    }
}
