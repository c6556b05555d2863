namespace Disputes.Domain;

public sealed record GrantExtension(
    Guid DisputeId,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.GrantExtension;
}
