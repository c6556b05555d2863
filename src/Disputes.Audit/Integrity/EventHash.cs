using System.Globalization;
using Disputes.Domain;
using Disputes.Projections.Store;

namespace Disputes.Audit.Integrity;

// The one definition of what an event's hash covers (docs/audit.md states it for auditors). It is written
// twice on purpose, once as SQL for the trigger that stamps every appended event and once in C# for the
// verifier, so that a verification is a second implementation agreeing with the first, not the trigger
// checking itself. Both renderings live here so a change to one is made beside the other.
//
// Formula 1 (events without a hashVersion header, written before formula 2 existed):
//   previousHash \n streamId \n version \n seqId \n type \n timestampMicros \n data
// Formula 2 (hashVersion 2, every event appended since):
//   previousHash \n streamId \n version \n seqId \n eventId \n type \n timestampMicros \n correlationId \n causationId \n headers \n data
// hash = lowercase hex of SHA-256 over the UTF-8 bytes of canonical
//
// Every field is rendered without reference to session settings: uuid and bigint text forms are fixed,
// the timestamp is whole microseconds since the Unix epoch (timestamptz keeps exactly microseconds), and
// data is PostgreSQL's jsonb text output, which is deterministic for a stored value. The correlation and
// causation ids are free text, so they go in as JSON strings (or null), and the headers are every header but
// the two hashes, as jsonb text (the formula version header included, so it is covered too): nothing but the
// separators is a raw line feed, and no field can imitate a boundary. A header added later (the caller, say)
// is covered without a new formula.
public static class EventHash
{
    public const string HashHeader = "hash";
    public const string PreviousHashHeader = "previousHash";
    public const string VersionHeader = "hashVersion";

    // The formula the trigger stamps new events with; events without the header were hashed by formula 1.
    public const int CurrentFormula = 2;

    // Marten's filler for the sequence numbers a failed append drew (a second dispute on an order, say): rows in
    // a stream of its own, with no timestamp, that belong to no dispute's history, so they are neither hashed nor
    // verified. (Tombstone.StreamId is random per process, so the stored type name is what identifies them.)
    public const string MartenTombstoneType = MartenInternals.TombstoneType;

    // What the first event of a stream links to.
    public static readonly string Genesis = new('0', 64);

    public static string CanonicalV1(string previousHash, Guid streamId, long version, long sequence, string type, long timestampMicros, string data) =>
        string.Create(CultureInfo.InvariantCulture, $"{previousHash}\n{streamId:D}\n{version}\n{sequence}\n{type}\n{timestampMicros}\n{data}");

    // headers: the stored headers as jsonb text (headers::text), hashes included; they are taken out here.
    public static string CanonicalV2(string previousHash, Guid streamId, long version, long sequence, Guid eventId, string type, long timestampMicros,
        string? correlationId, string? causationId, string headers, string data) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{previousHash}\n{streamId:D}\n{version}\n{sequence}\n{eventId:D}\n{type}\n{timestampMicros}\n"
            + $"{JsonbText.String(correlationId)}\n{JsonbText.String(causationId)}\n{JsonbText.ObjectWithout(headers, HashHeader, PreviousHashHeader)}\n{data}");

    public static string Compute(string canonical) => Sha256Text.Of(canonical);

    // Npgsql reads timestamptz as a UTC DateTime; ticks are 100 ns, so the division is exact.
    public static long Micros(DateTime utc) => (utc.ToUniversalTime() - DateTime.UnixEpoch).Ticks / 10;

    // Formula 2 in SQL, over the row being inserted (NEW), a plpgsql variable holding the previous hash and one
    // holding the headers as they will be stored, less the two hashes. extract(epoch …) is numeric from
    // PostgreSQL 14 on, so the microseconds are exact.
    public static string CanonicalSql(string previous, string headers) =>
        $"""
         {previous} || E'\n' || coalesce(NEW.stream_id::text, '') || E'\n' || NEW.version::text || E'\n' || NEW.seq_id::text
                 || E'\n' || NEW.id::text || E'\n' || NEW.type || E'\n' || ((extract(epoch from NEW."timestamp") * 1000000)::bigint)::text
                 || E'\n' || coalesce(to_jsonb(NEW.correlation_id)::text, 'null') || E'\n' || coalesce(to_jsonb(NEW.causation_id)::text, 'null')
                 || E'\n' || {headers}::text || E'\n' || NEW.data::text
         """;
}
