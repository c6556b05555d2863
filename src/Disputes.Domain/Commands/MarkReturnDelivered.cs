namespace Disputes.Domain;

public sealed record MarkReturnDelivered(
    Guid DisputeId,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.MarkReturnDelivered;
}
