namespace Disputes.Domain;

public sealed record ReportReturnProblem(
    Guid DisputeId,
    string Description,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.ReportReturnProblem;
}
