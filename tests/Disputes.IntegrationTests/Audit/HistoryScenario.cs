using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Npgsql;
using static Disputes.IntegrationTests.DisputeApi;

namespace Disputes.IntegrationTests.Audit;

// Histories for the hash-chain tests, driven over HTTP; the SQL someone with write access to the database
// would run to alter them; and the hash formula exactly as docs/audit.md tells an auditor to recompute it.
public static class HistoryScenario
{
    public static readonly string Genesis = new('0', 64);

    // Opened, offered, offer rejected, escalated, claimed, evidence asked and given, decided: every kind of
    // writer (storefront, mediator, the policy's deadlines) in one stream. Returns the stream version.
    public static async Task<long> FullLifecycle<T>(ApiFixture<T> api, Guid id)
    {
        var http = For(api);
        await AuditScenario.Open(api, id, $"open-{id}", $"corr-{id}");
        await http.MakeOffer(id, "PartialRefund", 500, "Half back.");
        await Ok(http.Storefront(id, "offer/reject", new() { ["actingAs"] = AsBuyer, ["reason"] = "Too little." }));
        await Ok(http.Storefront(id, "escalate", new() { ["actingAs"] = AsBuyer, ["reason"] = "We cannot agree." }));
        await Ok(http.Mediator("mediator-1", id, "claim"));
        await http.RequestEvidence("mediator-1", id, "Seller", "Proof of shipment.");
        await Ok(http.Storefront(id, "evidence", new() { ["actingAs"] = AsSeller, ["evidence"] = Evidence(1) }));
        var decided = await http.DecideFullRefund("mediator-1", id, "No proof of delivery.");
        return decided["version"]!.GetValue<long>();
    }

    public static async Task<JsonObject> Verify<T>(this ApiFixture<T> api, Guid id) =>
        await api.Auditor().GetJson($"/audit/disputes/{id}/verification");

    public static async Task<JsonObject> VerifyAll<T>(this ApiFixture<T> api) =>
        await api.Auditor().GetJson("/audit/verification");

    // The first column of every row, as numbers ({schema} as in Sql).
    public static async Task<List<long>> Sequences<T>(this ApiFixture<T> api, string sql) =>
        (await api.Rows(sql)).Select(row => Convert.ToInt64(row[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();

    // The raw columns of an event, as an auditor's export would carry them (data as PostgreSQL renders it), and the
    // text forms formula 2 adds: the correlation and causation ids as JSON strings or null, the headers less the hashes.
    public sealed record Row(
        Guid StreamId, long Version, long Sequence, string Type, DateTime Timestamp, string Data, string? PreviousHash, string? Hash,
        Guid EventId, string CorrelationId, string CausationId, string CoveredHeaders, string? HashVersion);

    public static async Task<List<Row>> Rows<T>(this ApiFixture<T> api, Guid id)
    {
        await using var connection = new NpgsqlConnection(ApiFixture<T>.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
             select stream_id, version, seq_id, type, "timestamp", data::text, headers->>'previousHash', headers->>'hash',
                    id, coalesce(to_jsonb(correlation_id)::text, 'null'), coalesce(to_jsonb(causation_id)::text, 'null'),
                    (coalesce(headers, '{"{}"}') - 'hash' - 'previousHash')::text, headers->>'hashVersion'
             from "{api.Schema}".mt_events where stream_id = $1 order by version
             """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Row>();
        string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
        while (await reader.ReadAsync())
            rows.Add(new Row(reader.GetGuid(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), reader.GetFieldValue<DateTime>(4),
                reader.GetString(5), Text(6), Text(7), reader.GetGuid(8), reader.GetString(9), reader.GetString(10), reader.GetString(11), Text(12)));
        return rows;
    }

    // docs/audit.md, written here from the document, not from the app's code: SHA-256 over the UTF-8 of the fields
    // joined by "\n", lowercase hex. Formula 1 (no hashVersion header): previousHash, streamId, version, sequence, type,
    // microseconds since the epoch, data. Formula 2 adds the event id after the sequence, and the correlation id,
    // causation id and headers before the data.
    public static string Recompute(string previousHash, Row row)
    {
        var micros = (row.Timestamp - DateTime.UnixEpoch).Ticks / 10;
        string[] fields = row.HashVersion is null
            ? [previousHash, $"{row.StreamId}", $"{row.Version}", $"{row.Sequence}", row.Type, $"{micros}", row.Data]
            : [previousHash, $"{row.StreamId}", $"{row.Version}", $"{row.Sequence}", $"{row.EventId}", row.Type, $"{micros}",
               row.CorrelationId, row.CausationId, row.CoveredHeaders, row.Data];
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', fields))));
    }

    // The trigger function as releases before formula 2 installed it (formula 1: no metadata, no hashVersion header).
    public static string FormulaOneTrigger(string schema) =>
        $$"""
         CREATE OR REPLACE FUNCTION "{{schema}}".mt_events_hash_chain() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $f$
         DECLARE
             previous text;
         BEGIN
             IF NEW.type = 'tombstone' THEN
                 RETURN NEW;
             END IF;
             IF NEW.version > 1 THEN
                 SELECT e.headers ->> 'hash' INTO previous FROM "{{schema}}".mt_events e
                 WHERE e.stream_id = NEW.stream_id AND e.version = NEW.version - 1;
             END IF;
             previous := coalesce(previous, '{{new string('0', 64)}}');
             NEW.headers := (CASE WHEN jsonb_typeof(NEW.headers) = 'object' THEN NEW.headers ELSE '{}'::jsonb END)
                 || jsonb_build_object('previousHash', previous, 'hash', encode(sha256(convert_to(
                    previous || E'\n' || coalesce(NEW.stream_id::text, '') || E'\n' || NEW.version::text || E'\n' || NEW.seq_id::text
                    || E'\n' || NEW.type || E'\n' || ((extract(epoch from NEW."timestamp") * 1000000)::bigint)::text
                    || E'\n' || NEW.data::text, 'UTF8')), 'hex'));
             RETURN NEW;
         END
         $f$;
         """;

    public static JsonObject SingleBreak(this JsonObject report) => report["breaks"]!.AsArray().Single()!.AsObject();

    public static void ShouldBeIntact(this JsonObject report)
    {
        report["intact"]!.GetValue<bool>().Should().BeTrue(report.ToJsonString());
        report["disputesBroken"]!.GetValue<long>().Should().Be(0);
        report["breaks"]!.AsArray().Should().BeEmpty();
    }
}
