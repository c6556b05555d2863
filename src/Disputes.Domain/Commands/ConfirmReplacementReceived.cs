namespace Disputes.Domain;

public sealed record ConfirmReplacementReceived(
    Guid DisputeId,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.ConfirmReplacementReceived;
}
