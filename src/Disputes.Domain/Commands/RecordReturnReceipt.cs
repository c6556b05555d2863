namespace Disputes.Domain;

public sealed record RecordReturnReceipt(
    Guid DisputeId,
    ReceiptOutcome Outcome,
    string Note,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.RecordReturnReceipt;
}
