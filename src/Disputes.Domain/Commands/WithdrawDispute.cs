namespace Disputes.Domain;

public sealed record WithdrawDispute(
    Guid DisputeId,
    string Reason,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.Withdraw;
}
