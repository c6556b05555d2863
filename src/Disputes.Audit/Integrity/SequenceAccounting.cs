
namespace Disputes.Audit.Integrity;

// Every number Marten's global sequence handed out up to the highest stored one (Highest) is either an event, a
// Marten tombstone (the filler Marten writes for the numbers of an append that failed), or Missing. A missing
// number is an append that never committed and left no tombstone — a process killed mid-append, a database crash
// (PostgreSQL may skip up to 32 numbers when it recovers), an append still in flight — or events that were
// deleted, which is how a whole deleted stream shows up. The store alone cannot tell these apart, so gaps are
// reported, not judged; a signed checkpoint taken before the deletion is what proves one.
// Drawn is the sequence's own position: numbers past Highest were drawn by appends not (yet) committed.
public sealed record SequenceAccounting(
    long Highest, long Drawn, long Events, long Tombstones, long Missing, IReadOnlyList<SequenceGap> Gaps, long GapCount)
{
    public const string GapExplanation =
        "Sequence numbers with neither an event nor a Marten tombstone. Each was drawn by an append that did not commit and left "
        + "no tombstone (a process killed mid-append, a database crash, which may skip up to 32 numbers, or an append still in flight "
        + "when verification began), or its events were deleted, which is how a whole deleted dispute shows up. The store alone "
        + "cannot tell these apart: verify against a signed checkpoint taken earlier (history verify --checkpoint) to prove a deletion.";

    public string? Explanation => Missing > 0 ? GapExplanation : null;
}

// From and To inclusive.
public sealed record SequenceGap(long From, long To)
{
    public override string ToString() => From == To ? $"{From}" : $"{From}–{To}";
}
