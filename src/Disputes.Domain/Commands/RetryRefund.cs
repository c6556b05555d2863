namespace Disputes.Domain;

public sealed record RetryRefund(
    Guid DisputeId,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.RetryRefund;
}
