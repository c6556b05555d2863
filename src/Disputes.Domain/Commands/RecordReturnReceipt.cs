namespace Disputes.Domain;

public sealed record RecordReturnReceipt(
    Guid DisputeId,
    ReceiptOutcome Outcome,
    string Note,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.RecordReturnReceipt;
}
