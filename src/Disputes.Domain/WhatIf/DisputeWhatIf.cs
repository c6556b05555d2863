using NodaTime;

namespace Disputes.Domain;

// One dispute replayed under a candidate policy: the stored path's facts, the candidate's, and the first
// divergence between them. Without a divergence both are the same path. After a divergence Candidate holds the
// facts as of the divergence's consequence: CandidateKnown says whether that already settled what the buyer gets
// (a refund granted, a decision, an end), since any later step would be a guess at what the parties would do.
public sealed record DisputeWhatIf(
    Guid DisputeId,
    DisputeReason Reason,
    string SellerId,
    Instant OpenedAt,
    MediationCalendar Calendar,
    ResolutionFacts Stored,
    ResolutionFacts Candidate,
    Divergence? Divergence,
    string? Unreplayable)
{
    public bool Diverged => Divergence is not null;

    public bool CandidateKnown => Unreplayable is null && (Divergence is null || Candidate.Settled);
}
