namespace Disputes.Domain;

public sealed record WithdrawDispute(
    Guid DisputeId,
    string Reason,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.Withdraw;
}
