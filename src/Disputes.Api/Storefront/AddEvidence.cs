using Disputes.Api.Http;
using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Storefront;

// POST /disputes/{id}/evidence — a link to a file the storefront keeps, as metadata (the policy's limits: 10 MB a file,
// 50 a dispute); files the engine holds come through /evidence/files or the large-file flow.
public sealed record AddEvidenceBody(ActingAs? ActingAs, EvidenceInput? Evidence, string? Language = null) : IActingBody;

public sealed record AddEvidenceRequest(Guid DisputeId, AddEvidenceBody? Body) : IDisputeCommandRequest, IWrittenRequest
{
    public string? Language => Body?.Language;

    public void Validate(RequestErrors errors)
    {
        if (!errors.Acting(Body))
            return;
        if (errors.Required("evidence", Body.Evidence))
            Body.Evidence.Validate(errors, "evidence");
    }

    public IDisputeCommand ToCommand() => new Disputes.Domain.AddEvidence(DisputeId, Body!.Evidence!.ToEvidence(), Body.ActingAs!.ToActor());
}

public sealed class AddEvidenceHandler(DisputeWriter writer) : DisputeCommandHandler<AddEvidenceRequest>(writer);

public static class AddEvidenceEndpoint
{
    public static void MapAddEvidence(this RouteGroupBuilder group) =>
        group.MapDisputeCommand<AddEvidenceBody>("/{disputeId:guid}/evidence", (id, body, _) => new AddEvidenceRequest(id, body))
            .WithName("AddEvidence")
            .WithSummary("Add evidence as a link to the storefront's file (as the buyer or the seller); answers a mediator's request from that party once each mandatory kind it names is given");
}
