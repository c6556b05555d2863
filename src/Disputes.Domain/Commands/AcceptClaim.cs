namespace Disputes.Domain;

public sealed record AcceptClaim(
    Guid DisputeId,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.AcceptClaim;
}
