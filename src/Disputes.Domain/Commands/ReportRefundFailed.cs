namespace Disputes.Domain;

public sealed record ReportRefundFailed(
    Guid DisputeId,
    int Attempt,
    string Reason,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.ReportRefundFailed;
}
