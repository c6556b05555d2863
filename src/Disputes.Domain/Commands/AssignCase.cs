namespace Disputes.Domain;

public sealed record AssignCase(
    Guid DisputeId,
    string MediatorId,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.AssignCase;
}
