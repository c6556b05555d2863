namespace Disputes.Domain;

public sealed record PostMessage(
    Guid DisputeId,
    Guid MessageId,
    string Text,
    Actor By) : IDisputeCommand
{
    public DisputeAction Action => DisputeAction.PostMessage;
}
