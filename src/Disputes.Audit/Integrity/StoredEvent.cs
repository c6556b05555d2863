
namespace Disputes.Audit.Integrity;

// One row of mt_events exactly as stored: the columns the hash covers, the two hashes and the formula version from
// its headers, and Marten's archived flag. Data and Headers are PostgreSQL's text rendering of the jsonb columns
// (data::text, headers::text), the form the hash was computed over. Archived is not covered by the hash (Marten
// sets it in place); verification checks it on its own.
public sealed record StoredEvent(
    long Version,
    long Sequence,
    Guid EventId,
    string Type,
    long TimestampMicros,
    string? CorrelationId,
    string? CausationId,
    string? Headers,
    string Data,
    string? PreviousHash,
    string? Hash,
    string? HashVersion,
    bool Archived);
