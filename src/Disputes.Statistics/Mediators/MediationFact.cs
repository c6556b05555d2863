using Disputes.Domain;
using NodaTime;

namespace Disputes.Statistics.Mediators;

public enum MediationFactKind { Claimed, Released, Decided, SlaBreached, Appealed, Upheld, Overturned, Rated }

// Never stored: how the mediator statistics see one mediation event, with what the event does not carry (how long
// the case waited, whose decision an appeal challenges), for one mediator. MediationFacts derives them per page.
// Elapsed: for Claimed, from the escalation (or release, or appeal) to the claim; for Decided, from the claim.
public sealed record MediationFact(Guid DisputeId, string MediatorId, MediationFactKind Kind, Instant At, Duration? Elapsed, DecisionKind? Decision)
{
    // Rated: which party rated the resolution this mediator decided, and how.
    public Party? RatedBy { get; init; }
    public int? Score { get; init; }
}
