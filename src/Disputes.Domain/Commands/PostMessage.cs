namespace Disputes.Domain;

public sealed record PostMessage(
    Guid DisputeId,
    Guid MessageId,
    string Text,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.PostMessage;

    // Evidence ids of this dispute's items the message carries; their files are downloaded as evidence.
    public IReadOnlyList<Guid> Attachments { get; init; } = [];
}
