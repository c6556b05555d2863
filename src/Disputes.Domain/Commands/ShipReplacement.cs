namespace Disputes.Domain;

public sealed record ShipReplacement(
    Guid DisputeId,
    string Carrier,
    string TrackingNumber,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.ShipReplacement;
}
