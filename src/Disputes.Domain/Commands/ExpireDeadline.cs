using NodaTime;

namespace Disputes.Domain;

// Sent by the deadline scheduler; a stale or duplicate expiry (the clock was cancelled or already fired) yields no events.
public sealed record ExpireDeadline(Guid DisputeId, DeadlineKind Kind, Instant DueAt, Actor By) : IDisputeCommand
{
    public DisputeAction Action => DeadlineRules.Of(Kind).Trigger;
}
