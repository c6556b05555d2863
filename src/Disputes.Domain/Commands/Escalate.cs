namespace Disputes.Domain;

public sealed record Escalate(
    Guid DisputeId,
    string Reason,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.Escalate;
}
