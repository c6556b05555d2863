namespace Disputes.Domain;

public sealed record ConfirmReturnReceived(
    Guid DisputeId,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.ConfirmReturnReceived;
}
