using Disputes.Api.Commands;
using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Mediation;

// POST /mediation/disputes/{id}/messages — the assigned mediator writes to both parties.
// attachments: evidence ids of the dispute's items (uploaded as evidence) the message carries.
public sealed record PostMediatorMessageBody(string? Text, Guid? MessageId = null, IReadOnlyList<Guid>? Attachments = null, string? Language = null) : IRequestBody;

public sealed record PostMediatorMessageRequest(Guid DisputeId, PostMediatorMessageBody? Body, Actor By) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors) => errors.Required("text", Body?.Text);

    public IDisputeCommand ToCommand() => new PostMessage(DisputeId, Body!.MessageId ?? Guid.CreateVersion7(), Body.Text!, By) { Attachments = Body.Attachments ?? [] };
}

public sealed class PostMediatorMessageHandler(DisputeWriter writer) : DisputeCommandHandler<PostMediatorMessageRequest>(writer);

public static class PostMediatorMessageEndpoint
{
    public static void MapPostMediatorMessage(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<PostMediatorMessageBody>("/{disputeId:guid}/messages", (id, body, user) => new PostMediatorMessageRequest(id, body, user.AsMediator()))
            .WithName("PostMediatorMessage")
            .WithSummary("Post a message to the parties (as the assigned mediator)");
}
