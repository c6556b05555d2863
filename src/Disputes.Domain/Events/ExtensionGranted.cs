using NodaTime;

namespace Disputes.Domain;

// ClockFrom names the run of the clock the time is added to (DeadlineRules counts it only for that run).
public sealed record ExtensionGranted(
    Guid DisputeId,
    DeadlineKind Kind,
    Duration Length,
    Instant ClockFrom,
    Actor By,
    Instant At) : IDisputeEvent;
