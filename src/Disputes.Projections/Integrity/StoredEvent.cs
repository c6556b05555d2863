namespace Disputes.Projections.Integrity;

// One row of mt_events exactly as stored, in the columns the hash covers plus the two hashes from its headers.
// Data is PostgreSQL's text rendering of the jsonb column (data::text), the form the hash was computed over.
// Archived is Marten's flag that leaves the event out of its reads; the hash does not cover it, verification
// checks it on its own.
public sealed record StoredEvent(
    long Version,
    long Sequence,
    string Type,
    long TimestampMicros,
    string Data,
    string? PreviousHash,
    string? Hash,
    bool Archived = false);
