using NodaTime;

namespace Disputes.Domain;

// A party asks for more time on the running clock that bounds its own answer.
public sealed record ExtensionRequested(
    Guid DisputeId,
    DeadlineKind Kind,
    Duration Length,
    string Reason,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
