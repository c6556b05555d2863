namespace Disputes.Domain;

public sealed record ClaimCase(
    Guid DisputeId,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.ClaimCase;
}
