namespace Disputes.Domain;

public sealed record ReleaseCase(
    Guid DisputeId,
    string Reason,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.ReleaseCase;
}
