
namespace Disputes.Audit.Integrity;

// The outcome of recomputing the hash chain of one stream or of all of them. Breaks holds the first broken
// link of each broken stream (a break makes everything after it unverifiable, so later ones add nothing),
// at most HistoryVerifier.MaxReportedBreaks of them; StreamsBroken is the true count. Sequence accounts for the
// global sequence numbers when every stream was checked (null for one stream); its gaps do not make the history
// broken, because the store alone cannot tell a deleted stream from an append that died (SequenceAccounting).
public sealed record HistoryVerification(
    long StreamsChecked, long EventsChecked, long StreamsBroken, IReadOnlyList<BrokenLink> Breaks, SequenceAccounting? Sequence = null)
{
    public bool Intact => StreamsBroken == 0;
}

// Where a stream's chain first breaks. Version is the version the chain expected next; Sequence and EventType
// describe the stored event found there (null when that version is missing). For a hash mismatch ExpectedHash
// is the hash recomputed from the stored content; for a link mismatch it is the previous event's stored hash.
public sealed record BrokenLink(
    Guid StreamId,
    long Version,
    long? Sequence,
    string? EventType,
    BreakKind Kind,
    string? ExpectedHash,
    string? StoredHash,
    string Detail);

public enum BreakKind
{
    // The event's content (or its stored hash) was changed after it was written.
    ContentHashMismatch,
    // The event's previousHash is not the stored hash of the event before it.
    PreviousHashMismatch,
    // A version of the stream is not stored: deleted, or the stream records more events than it holds.
    MissingVersion,
    // The event carries no hash or no previousHash (its headers were rewritten, or it predates the trigger).
    MissingHash,
    // The event, or its whole stream, is archived: Marten leaves it out of its reads of the dispute.
    ArchivedEvent,
    // Events are stored past the version the stream row records: reads that trust the row leave them out.
    StreamVersionMismatch,
    // Events are stored under a stream id without a row in mt_streams: reads of the dispute do not find them.
    StreamRowMissing,
    // The event's hashVersion header names a formula this verifier does not know.
    UnknownHashVersion,
}

public sealed record HistoryVerificationProgress(long StreamsChecked, long EventsChecked, long StreamsBroken);
