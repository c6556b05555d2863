using Disputes.Domain;
using Disputes.Hosting.Requests;
using Disputes.Projections.Writing;

namespace Disputes.Api.Uploads;

// The command behind both upload flows: the file is stored by then, and its item (hash, size and type from the
// store, never from the client) joins the dispute through the same write path as every action.
public sealed record AttachEvidenceRequest(Guid DisputeId, EvidenceItem Item, Actor By) : IDisputeCommandRequest
{
    public void Validate(RequestErrors errors) { }

    public IDisputeCommand ToCommand() => new AddEvidence(DisputeId, Item, By);
}

public sealed class AttachEvidenceHandler(DisputeWriter writer) : DisputeCommandHandler<AttachEvidenceRequest>(writer);
