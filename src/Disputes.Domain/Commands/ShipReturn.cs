namespace Disputes.Domain;

public sealed record ShipReturn(
    Guid DisputeId,
    string Carrier,
    string TrackingNumber,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.ShipReturn;
}
