using NodaTime;

namespace Disputes.Domain;

public sealed record DecisionAppealed(
    Guid DisputeId,
    string Reason,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
