namespace Disputes.Domain;

public sealed record AcceptOffer(
    Guid DisputeId,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.AcceptOffer;
}
