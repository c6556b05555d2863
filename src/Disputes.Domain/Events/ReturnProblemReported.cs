using NodaTime;

namespace Disputes.Domain;

public sealed record ReturnProblemReported(
    Guid DisputeId,
    string Description,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
