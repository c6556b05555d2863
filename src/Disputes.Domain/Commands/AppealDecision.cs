namespace Disputes.Domain;

public sealed record AppealDecision(
    Guid DisputeId,
    string Reason,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.Appeal;
}
