using Disputes.Api.Commands;
using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Auth;
using Disputes.Hosting.Http;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Mediation;

// POST /mediation/disputes/{id}/evidence-requests — the asked party has the policy's evidence window; unanswered, the mediator may decide without it.
// required: the kinds asked for, each mandatory or not (the dispute's evidenceChecklist suggests them); none, any item answers.
public sealed record RequestEvidenceBody(Party? From, string? Description, IReadOnlyList<RequiredEvidenceInput>? Required = null, string? Language = null) : IRequestBody;

public sealed record RequiredEvidenceInput(EvidenceKind? Kind, bool? Mandatory);

public sealed record RequestEvidenceRequest(Guid DisputeId, RequestEvidenceBody? Body, Actor By) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        errors.Required("from", Body?.From);
        errors.Required("description", Body?.Description);
        for (var i = 0; i < (Body?.Required?.Count ?? 0); i++)
            errors.Required($"required[{i}].kind", Body!.Required![i]?.Kind);
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.RequestEvidence(DisputeId, Body!.From!.Value, Body.Description!, By)
    {
        Required = [.. (Body.Required ?? []).Select(r => new RequiredEvidence(r.Kind!.Value, r.Mandatory ?? true))],
    };
}

public sealed class RequestEvidenceHandler(DisputeWriter writer) : DisputeCommandHandler<RequestEvidenceRequest>(writer);

public static class RequestEvidenceEndpoint
{
    public static void MapRequestEvidence(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<RequestEvidenceBody>("/{disputeId:guid}/evidence-requests", (id, body, user) => new RequestEvidenceRequest(id, body, user.AsMediator()))
            .WithName("RequestEvidence")
            .WithSummary("Ask a party for evidence, with its own deadline (as the assigned mediator)");
}
