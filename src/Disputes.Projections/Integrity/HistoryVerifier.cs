using System.Data.Common;
using JasperFx.Events;
using Marten;
using Marten.Storage;
using Npgsql;

namespace Disputes.Projections.Integrity;

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

    // StreamsChecked is 0 when the stream does not exist.
    public async Task<HistoryVerification> VerifyStream(Guid streamId, CancellationToken ct)
    {
        await using var connection = await Open(ct);
        await using var command = new NpgsqlCommand($"{Select} and s.id = $1 order by e.version", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        var tally = new Tally(MaxReportedBreaks, null);
        await using (var reader = await command.ExecuteReaderAsync(ct))
            await tally.Read(reader, ct);
        return tally.Finish();
    }

    public Task<HistoryVerification> VerifyAll(CancellationToken ct) => VerifyAll(null, ct);

    // progress hears the running totals every 10,000 events and once at the end.
    public async Task<HistoryVerification> VerifyAll(IProgress<HistoryVerificationProgress>? progress, CancellationToken ct)
    {
        await using var connection = await Open(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var declare = new NpgsqlCommand($"declare history no scroll cursor for {Select} order by s.id, e.version", connection, transaction))
            await declare.ExecuteNonQueryAsync(ct);

        var tally = new Tally(MaxReportedBreaks, progress);
        await using var fetch = new NpgsqlCommand($"fetch forward {BatchSize} from history", connection, transaction);
        while (true)
        {
            await using var reader = await fetch.ExecuteReaderAsync(ct);
            if (await tally.Read(reader, ct) == 0)
                break;
        }
        await transaction.CommitAsync(ct);
        return tally.Finish();
    }

    private async Task<NpgsqlConnection> Open(CancellationToken ct)
    {
        await ensureStorage(ct);
        var connection = connect();
        await connection.OpenAsync(ct);
        return connection;
    }

    // From mt_streams so a stream whose events were all deleted still shows up, with the version it records.
    // Streams that record no event and hold none are not histories: Marten establishes one such stream (its
    // tombstone stream, whose filler rows are left out) after a failed append.
    private string Select =>
        $"""
         select s.id, coalesce(s.version, 0), e.version, e.seq_id, e.type, e."timestamp", e.data::text,
                e.headers ->> '{EventHash.PreviousHashHeader}', e.headers ->> '{EventHash.HashHeader}'
         from "{schema}".mt_streams s
         left join "{schema}".mt_events e on e.stream_id = s.id and e.type <> '{EventHash.MartenTombstoneType}'
         where (s.version > 0 or e.version is not null)
         """;

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
                    check = new ChainCheck(id, reader.GetInt64(1));
                    streams++;
                }
                // A stream row without events (its events were all deleted) is one row of nulls.
                if (reader.IsDBNull(2))
                    continue;
                check.Add(new StoredEvent(
                    reader.GetInt64(2), reader.GetInt64(3), reader.GetString(4), EventHash.Micros(reader.GetFieldValue<DateTime>(5)), reader.GetString(6),
                    reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8)));
                if (++events % ProgressEvery == 0)
                    progress?.Report(new HistoryVerificationProgress(streams, events, broken));
            }
            return rows;
        }

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
