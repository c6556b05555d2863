namespace Disputes.Domain;

public sealed record RefuseExtension(
    Guid DisputeId,
    string Reason,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.RefuseExtension;
}
