namespace Disputes.Domain;

public sealed record ReportReplacementProblem(
    Guid DisputeId,
    string Description,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.ReportReplacementProblem;
}
