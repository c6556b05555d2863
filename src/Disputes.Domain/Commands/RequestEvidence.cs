namespace Disputes.Domain;

public sealed record RequestEvidence(
    Guid DisputeId,
    Party From,
    string Description,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.RequestEvidence;
}
