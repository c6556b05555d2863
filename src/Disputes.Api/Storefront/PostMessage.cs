using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/messages — messageId may be chosen by the client so a retried post is recognised as the same message.
// attachments: evidence ids of the dispute's items (uploaded as evidence, visible to the parties) the message carries.
public sealed record PostMessageBody(ActingAs? ActingAs, string? Text, Guid? MessageId = null, IReadOnlyList<Guid>? Attachments = null, string? Language = null) : IActingBody;

public sealed record PostMessageRequest(Guid DisputeId, PostMessageBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        errors.Required("text", Body.Text);
    }

    public IDisputeCommand ToCommand() => new PostMessage(DisputeId, Body!.MessageId ?? Guid.CreateVersion7(), Body.Text!, Body.ActingAs!.ToActor()) { Attachments = Body.Attachments ?? [] };
}

public sealed class PostMessageHandler(DisputeWriter writer) : DisputeCommandHandler<PostMessageRequest>(writer);

public static class PostMessageEndpoint
{
    public static void MapPostMessage(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<PostMessageBody>("/{disputeId:guid}/messages", (id, body, _) => new PostMessageRequest(id, body))
            .WithName("PostMessage")
            .WithSummary("Post a message to the dispute (as the buyer or the seller)");
}
