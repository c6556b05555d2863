using System.Data;
using System.Data.Common;
using Disputes.Projections.Store;
using JasperFx.Events;
using Marten;
using Marten.Storage;
using Npgsql;

namespace Disputes.Audit.Integrity;

// Recomputes the hash chain from the raw columns, independently of the trigger that wrote it, in (stream,
// version) order. All streams are read through a server-side cursor a batch at a time: a cursor makes
// PostgreSQL plan for the first rows (a merge of the two primary-key index scans, no sort of the whole
// store), and the client holds one batch, so millions of events are checked in one pass and constant memory,
// all from the cursor's one snapshot. Usable outside ASP.NET: give it the store, or a connection string and
// schema (a CLI).
public sealed class HistoryVerifier
{
    public const int DefaultMaxReportedBreaks = 1000;
    private const int ProgressEvery = 10_000;
    private const int BatchSize = 5_000;

    private readonly Func<NpgsqlConnection> connect;
    private readonly Func<CancellationToken, ValueTask> ensureStorage;
    private readonly string schema;

    public HistoryVerifier(IDocumentStore store)
        : this(() => store.Storage.Database.CreateConnection(ConnectionUsage.Read), store.Options.Events.DatabaseSchemaName,
            ct => store.Storage.Database.EnsureStorageExistsAsync(typeof(IEvent), ct))
    {
    }

    public HistoryVerifier(string connectionString, string schema)
        : this(() => new NpgsqlConnection(connectionString), schema, _ => ValueTask.CompletedTask)
    {
    }

    private HistoryVerifier(Func<NpgsqlConnection> connect, string schema, Func<CancellationToken, ValueTask> ensureStorage)
    {
        this.connect = connect;
        this.schema = schema;
        this.ensureStorage = ensureStorage;
    }

    public int MaxReportedBreaks { get; init; } = DefaultMaxReportedBreaks;

    // StreamsChecked is 0 when the stream does not exist: no row in mt_streams and no event stored under its id.
    public async Task<HistoryVerification> VerifyStream(Guid streamId, CancellationToken ct)
    {
        await using var connection = await Open(ct);
        await using var command = new NpgsqlCommand(OneStream, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        var tally = new Tally(MaxReportedBreaks, null);
        await using (var reader = await command.ExecuteReaderAsync(ct))
            await tally.Read(reader, ct);
        return tally.Finish();
    }

    public Task<HistoryVerification> VerifyAll(CancellationToken ct) => VerifyAll(null, ct);

    // progress hears the running totals every 10,000 events and once at the end. One repeatable-read transaction, so
    // the streams, the events stored without a stream row and the sequence accounting all describe one snapshot.
    public async Task<HistoryVerification> VerifyAll(IProgress<HistoryVerificationProgress>? progress, CancellationToken ct)
    {
        await using var connection = await Open(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using (var declare = new NpgsqlCommand($"declare history no scroll cursor for {AllStreams}", connection, transaction))
            await declare.ExecuteNonQueryAsync(ct);

        var tally = new Tally(MaxReportedBreaks, progress);
        await using (var fetch = new NpgsqlCommand($"fetch forward {BatchSize} from history", connection, transaction))
            while (true)
            {
                await using var reader = await fetch.ExecuteReaderAsync(ct);
                if (await tally.Read(reader, ct) == 0)
                    break;
            }
        // Normally none: the foreign key from mt_events cascades a deleted stream row to its events.
        await using (var orphans = new NpgsqlCommand(Orphans, connection, transaction))
        await using (var reader = await orphans.ExecuteReaderAsync(ct))
            await tally.Read(reader, ct);
        var sequence = await AccountForSequence(connection, transaction, ct);
        await transaction.CommitAsync(ct);
        return tally.Finish() with { Sequence = sequence };
    }

    private async Task<NpgsqlConnection> Open(CancellationToken ct)
    {
        await ensureStorage(ct);
        var connection = connect();
        await connection.OpenAsync(ct);
        return connection;
    }

    private string Events => $"{MartenInternals.Events(schema)}";

    // Columns 0–3 describe the stream (id, whether it has a row, the version and archived flag the row records),
    // 4–16 the event; the event's are all null for a stream row without events.
    private string EventColumns =>
        $"""
         e.version, e.seq_id, e.id, e.type, e."timestamp", e.correlation_id, e.causation_id, e.headers::text, e.data::text,
                e.headers ->> '{EventHash.PreviousHashHeader}', e.headers ->> '{EventHash.HashHeader}', e.headers ->> '{EventHash.VersionHeader}',
                coalesce(e.is_archived, false)
         """;

    // From mt_streams so a stream whose events were all deleted still shows up, with the version it records.
    // Streams that record no event and hold none are not histories: Marten establishes one such stream (its
    // tombstone stream, whose filler rows are left out) after a failed append.
    private string AllStreams =>
        $"""
         select s.id, true, coalesce(s.version, 0), coalesce(s.is_archived, false), {EventColumns}
         from {MartenInternals.Streams(schema)} s
         left join {Events} e on e.stream_id = s.id and e.type <> '{EventHash.MartenTombstoneType}'
         where (s.version > 0 or e.version is not null)
         order by s.id, e.version
         """;

    private string Orphans =>
        $"""
         select e.stream_id, false, 0::bigint, false, {EventColumns}
         from {Events} e
         where e.type <> '{EventHash.MartenTombstoneType}' and e.stream_id is not null
           and not exists (select 1 from {MartenInternals.Streams(schema)} s where s.id = e.stream_id)
         order by e.stream_id, e.version
         """;

    private string OneStream =>
        $"""
         select k.id, s.id is not null, coalesce(s.version, 0), coalesce(s.is_archived, false), {EventColumns}
         from (select $1::uuid as id) k
         left join {MartenInternals.Streams(schema)} s on s.id = k.id
         left join {Events} e on e.stream_id = k.id and e.type <> '{EventHash.MartenTombstoneType}'
         where coalesce(s.version, 0) > 0 or e.version is not null
         order by e.version
         """;

    private async Task<SequenceAccounting> AccountForSequence(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        long highest, events, tombstones, drawn;
        await using (var totals = new NpgsqlCommand(
            $"""
             select coalesce(max(seq_id), 0), count(*) filter (where type <> '{EventHash.MartenTombstoneType}'),
                    count(*) filter (where type = '{EventHash.MartenTombstoneType}'),
                    (select case when is_called then last_value else last_value - 1 end from {MartenInternals.EventSequence(schema)})
             from {Events}
             """, connection, transaction))
        await using (var reader = await totals.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            (highest, events, tombstones, drawn) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }

        var gaps = new List<SequenceGap>();
        long gapCount = 0;
        // In seq_id order along the primary key: each number after one that does not follow its predecessor opens a gap.
        await using (var command = new NpgsqlCommand(
            $"""
             select previous + 1, seq_id - 1
             from (select seq_id, lag(seq_id, 1, 0::bigint) over (order by seq_id) as previous from {Events}) numbered
             where seq_id > previous + 1
             order by seq_id
             """, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                if (gaps.Count < MaxReportedBreaks)
                    gaps.Add(new SequenceGap(reader.GetInt64(0), reader.GetInt64(1)));
                gapCount++;
            }
        return new SequenceAccounting(highest, drawn, events, tombstones, highest - events - tombstones, gaps, gapCount);
    }

    // Rows in (stream, version) order → one ChainCheck per stream, running totals and the breaks found.
    private sealed class Tally(int maxReportedBreaks, IProgress<HistoryVerificationProgress>? progress)
    {
        private readonly List<BrokenLink> breaks = [];
        private long streams, events, broken;
        private ChainCheck? check;
        private Guid current;

        public async Task<int> Read(DbDataReader reader, CancellationToken ct)
        {
            var rows = 0;
            while (await reader.ReadAsync(ct))
            {
                rows++;
                var id = reader.GetGuid(0);
                if (check is null || id != current)
                {
                    Close();
                    current = id;
                    check = new ChainCheck(id, reader.GetBoolean(1) ? new StreamRow(true, reader.GetInt64(2), reader.GetBoolean(3)) : StreamRow.Missing);
                    streams++;
                }
                // A stream row without events (its events were all deleted) is one row of nulls.
                if (reader.IsDBNull(4))
                    continue;
                check.Add(new StoredEvent(
                    reader.GetInt64(4), reader.GetInt64(5), reader.GetGuid(6), reader.GetString(7), EventHash.Micros(reader.GetFieldValue<DateTime>(8)),
                    Text(reader, 9), Text(reader, 10), Text(reader, 11), reader.GetString(12), Text(reader, 13), Text(reader, 14), Text(reader, 15),
                    reader.GetBoolean(16)));
                if (++events % ProgressEvery == 0)
                    progress?.Report(new HistoryVerificationProgress(streams, events, broken));
            }
            return rows;
        }

        private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

        public HistoryVerification Finish()
        {
            Close();
            check = null;
            progress?.Report(new HistoryVerificationProgress(streams, events, broken));
            return new HistoryVerification(streams, events, broken, breaks);
        }

        private void Close()
        {
            if (check?.Finish() is not { } found)
                return;
            broken++;
            if (breaks.Count < maxReportedBreaks)
                breaks.Add(found);
        }
    }
}
