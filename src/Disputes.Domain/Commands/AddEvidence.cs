namespace Disputes.Domain;

public sealed record AddEvidence(
    Guid DisputeId,
    EvidenceItem Evidence,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.AddEvidence;
}
