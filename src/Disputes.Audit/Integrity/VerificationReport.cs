using Disputes.Audit.Integrity;

namespace Disputes.Audit.Integrity;

// What the verification endpoints answer (HistoryVerifier's outcome, where a stream is a dispute). Each break
// is the first broken link of one dispute; eventType is the type name as stored and hashed (mt_events.type).
// Sequence (every dispute only) accounts for the global sequence numbers; its gaps are reported, not judged.
public sealed record VerificationReport(
    bool Intact, long DisputesChecked, long EventsChecked, long DisputesBroken, IReadOnlyList<VerificationBreak> Breaks, SequenceReport? Sequence)
{
    public static VerificationReport From(HistoryVerification v) => new(
        v.Intact, v.StreamsChecked, v.EventsChecked, v.StreamsBroken,
        v.Breaks.Select(b => new VerificationBreak(b.StreamId, b.Version, b.Sequence, b.EventType, b.Kind, b.ExpectedHash, b.StoredHash, b.Detail)).ToList(),
        v.Sequence is { } s ? new SequenceReport(s.Highest, s.Drawn, s.Events, s.Tombstones, s.Missing, s.Gaps, s.GapCount, s.Explanation) : null);
}

public sealed record SequenceReport(
    long Highest, long Drawn, long Events, long Tombstones, long Missing, IReadOnlyList<SequenceGap> Gaps, long GapCount, string? Explanation);

public sealed record VerificationBreak(
    Guid DisputeId, long Version, long? Sequence, string? EventType, BreakKind Kind, string? ExpectedHash, string? StoredHash, string Detail);
