using NodaTime;

namespace Disputes.Domain;

public sealed record RequestExtension(
    Guid DisputeId,
    DeadlineKind Kind,
    Duration Length,
    string Reason,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.RequestExtension;
}
