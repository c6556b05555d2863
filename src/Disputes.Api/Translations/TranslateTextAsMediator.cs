using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Translations;

// POST /mediation/disputes/{id}/translations — a mediator stores a translation beside a text: their own (no engine), or
// one a machine made that they checked (engine names it).
public sealed record TranslateTextAsMediatorBody(long? TextVersion, string? To, string? Translation, string? OriginalSha256, string? Engine = null) : IRequestBody;

public sealed record TranslateTextAsMediatorRequest(Guid DisputeId, TranslateTextAsMediatorBody? Body, Actor By) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors)
    {
        TranslationFields.Validate(errors, Body?.TextVersion, Body?.To, Body?.Translation, Body?.OriginalSha256);
    }

    public IDisputeCommand ToCommand() =>
        TranslationFields.Command(DisputeId, Body!.TextVersion!.Value, Body.To!, Body.Translation!, Body.OriginalSha256!, Body.Engine, By);
}

public sealed class TranslateTextAsMediatorHandler(DisputeWriter writer) : DisputeCommandHandler<TranslateTextAsMediatorRequest>(writer);

public static class TranslateTextAsMediatorEndpoint
{
    public static void MapTranslateTextAsMediator(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<TranslateTextAsMediatorBody>("/{disputeId:guid}/translations", (id, body, user) => new TranslateTextAsMediatorRequest(id, body, user.AsMediator()))
            .WithName("TranslateTextAsMediator")
            .WithSummary("Store a translation of one of the dispute's texts beside the original (as a mediator), with its provenance");
}
