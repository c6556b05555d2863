namespace Disputes.Domain;

public sealed record AppealDecision(
    Guid DisputeId,
    string Reason,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.Appeal;
}
