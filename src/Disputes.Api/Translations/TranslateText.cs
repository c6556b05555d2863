using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Translations;

// POST /disputes/{id}/translations — the platform's translation service stores a translation beside a text; engine names
// the machine translation that made it (left out: a person of the platform translated it).
public sealed record TranslateTextBody(
    ActingAs? ActingAs, long? TextVersion, string? To, string? Translation, string? OriginalSha256, string? Engine = null) : IActingBody;

public sealed record TranslateTextRequest(Guid DisputeId, TranslateTextBody? Body) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors)
    {
        if (errors.Acting(Body))
            TranslationFields.Validate(errors, Body.TextVersion, Body.To, Body.Translation, Body.OriginalSha256);
    }

    public IDisputeCommand ToCommand() =>
        TranslationFields.Command(DisputeId, Body!.TextVersion!.Value, Body.To!, Body.Translation!, Body.OriginalSha256!, Body.Engine, Body.ActingAs!.ToActor());
}

public sealed class TranslateTextHandler(DisputeWriter writer) : DisputeCommandHandler<TranslateTextRequest>(writer);

public static class TranslateTextEndpoint
{
    public static void MapTranslateText(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<TranslateTextBody>("/{disputeId:guid}/translations", (id, body, _) => new TranslateTextRequest(id, body))
            .WithName("TranslateText")
            .WithSummary("Store a translation of one of the dispute's texts beside the original (as the platform), with its provenance");
}
