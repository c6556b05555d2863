using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Disputes.Projections.Integrity;

// The one definition of what an event's hash covers (docs/audit.md states it for auditors). It is written
// twice on purpose, once as SQL for the trigger that stamps every appended event and once in C# for the
// verifier, so that a verification is a second implementation agreeing with the first, not the trigger
// checking itself. Both renderings live here so a change to one is made beside the other.
//
// canonical = previousHash \n streamId \n version \n seqId \n type \n timestampMicros \n data
// hash      = lowercase hex of SHA-256 over the UTF-8 bytes of canonical
//
// Every field is rendered without reference to session settings: uuid and bigint text forms are fixed,
// the timestamp is whole microseconds since the Unix epoch (timestamptz keeps exactly microseconds), and
// data is PostgreSQL's jsonb text output, which is deterministic for a stored value. data comes last, so
// the newlines that separate the fixed-format fields cannot be forged from inside it.
public static class EventHash
{
    public const string HashHeader = "hash";
    public const string PreviousHashHeader = "previousHash";

    // Marten's filler for the sequence numbers a failed append drew (a second dispute on an order, say): rows in
    // a stream of its own, with no timestamp, that belong to no dispute's history, so they are neither hashed nor
    // verified. (Tombstone.StreamId is random per process, so the stored type name is what identifies them.)
    public const string MartenTombstoneType = "tombstone";

    // What the first event of a stream links to.
    public static readonly string Genesis = new('0', 64);

    public static string Canonical(string previousHash, Guid streamId, long version, long sequence, string type, long timestampMicros, string data) =>
        string.Create(CultureInfo.InvariantCulture, $"{previousHash}\n{streamId:D}\n{version}\n{sequence}\n{type}\n{timestampMicros}\n{data}");

    public static string Compute(string canonical) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    // Npgsql reads timestamptz as a UTC DateTime; ticks are 100 ns, so the division is exact.
    public static long Micros(DateTime utc) => (utc.ToUniversalTime() - DateTime.UnixEpoch).Ticks / 10;

    // The same text in SQL, over the row being inserted (NEW) and a plpgsql variable holding the previous hash.
    // extract(epoch …) is numeric from PostgreSQL 14 on, so the microseconds are exact.
    public static string CanonicalSql(string previous) =>
        $"""
         {previous} || E'\n' || coalesce(NEW.stream_id::text, '') || E'\n' || NEW.version::text || E'\n' || NEW.seq_id::text
                 || E'\n' || NEW.type || E'\n' || ((extract(epoch from NEW."timestamp") * 1000000)::bigint)::text
                 || E'\n' || NEW.data::text
         """;
}
