namespace Disputes.Domain;

public sealed record AddEvidence(
    Guid DisputeId,
    EvidenceItem Evidence,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.AddEvidence;
}
