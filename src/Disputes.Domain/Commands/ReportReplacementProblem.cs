namespace Disputes.Domain;

public sealed record ReportReplacementProblem(
    Guid DisputeId,
    string Description,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.ReportReplacementProblem;
}
