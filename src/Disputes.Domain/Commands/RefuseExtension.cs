namespace Disputes.Domain;

public sealed record RefuseExtension(
    Guid DisputeId,
    string Reason,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.RefuseExtension;
}
