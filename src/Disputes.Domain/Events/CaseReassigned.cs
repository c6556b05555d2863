using NodaTime;

namespace Disputes.Domain;

// A held case taken from FromMediatorId by an admin: to ToMediatorId, or back to the queue when it is null.
public sealed record CaseReassigned(
    Guid DisputeId,
    string FromMediatorId,
    string? ToMediatorId,
    string Reason,
    Actor By,
    Instant At) : IDisputeEvent;
