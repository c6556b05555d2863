namespace Disputes.Domain;

public sealed record ReportRefundSucceeded(
    Guid DisputeId,
    int Attempt,
    string PaymentReference,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.ReportRefundSucceeded;
}
