using NodaTime;

namespace Disputes.Domain;

// The buyer objects to what arrived (or did not): the dispute goes to a mediator.
public sealed record ReplacementProblemReported(
    Guid DisputeId,
    string Description,
    Actor By,
    Instant At) : WrittenEvent, IDisputeEvent;
