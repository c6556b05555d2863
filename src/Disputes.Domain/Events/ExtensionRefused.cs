using NodaTime;

namespace Disputes.Domain;

public sealed record ExtensionRefused(
    Guid DisputeId,
    DeadlineKind Kind,
    string Reason,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
