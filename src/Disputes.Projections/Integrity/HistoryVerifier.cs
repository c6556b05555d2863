using JasperFx.Events;
using Marten;
using Marten.Storage;
using Npgsql;

namespace Disputes.Projections.Integrity;

// Recomputes the hash chain from the raw columns, independently of the trigger that wrote it: one query in
// (stream, version) order read row by row, so every stream of a store with millions of events is checked in
// one pass and constant memory. One statement also means one snapshot, so concurrent appends cannot make a
// stream look torn. Usable outside ASP.NET: give it the store, or a connection string and schema (a CLI).
public sealed class HistoryVerifier
{
    public const int DefaultMaxReportedBreaks = 1000;
    private const int ProgressEvery = 10_000;

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
    public Task<HistoryVerification> VerifyStream(Guid streamId, CancellationToken ct) => Verify(streamId, null, ct);

    public Task<HistoryVerification> VerifyAll(CancellationToken ct) => Verify(null, null, ct);

    // progress hears the running totals every 10,000 events and once at the end.
    public Task<HistoryVerification> VerifyAll(IProgress<HistoryVerificationProgress> progress, CancellationToken ct) => Verify(null, progress, ct);

    private async Task<HistoryVerification> Verify(Guid? streamId, IProgress<HistoryVerificationProgress>? progress, CancellationToken ct)
    {
        await ensureStorage(ct);
        await using var connection = connect();
        await connection.OpenAsync(ct);
        await using var command = Query(connection, streamId);
        await using var reader = await command.ExecuteReaderAsync(ct);

        long streams = 0, events = 0, broken = 0;
        var breaks = new List<BrokenLink>();
        ChainCheck? check = null;
        Guid current = default;

        void Close()
        {
            if (check?.Finish() is not { } found)
                return;
            broken++;
            if (breaks.Count < MaxReportedBreaks)
                breaks.Add(found);
        }

        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetGuid(0);
            if (check is null || id != current)
            {
                Close();
                current = id;
                check = new ChainCheck(id, reader.GetInt64(1));
                streams++;
            }
            // A stream row without events (a stream whose events were all deleted) is one null row.
            if (reader.IsDBNull(2))
                continue;
            check.Add(new StoredEvent(
                reader.GetInt64(2), reader.GetInt64(3), reader.GetString(4), EventHash.Micros(reader.GetFieldValue<DateTime>(5)), reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8)));
            if (++events % ProgressEvery == 0)
                progress?.Report(new HistoryVerificationProgress(streams, events, broken));
        }
        Close();
        progress?.Report(new HistoryVerificationProgress(streams, events, broken));
        return new HistoryVerification(streams, events, broken, breaks);
    }

    // From mt_streams so a stream whose events were all deleted still shows up, with the version it records.
    // Streams that record no event and hold none are not histories: Marten establishes one such stream (its
    // tombstone stream) after a failed append.
    private NpgsqlCommand Query(NpgsqlConnection connection, Guid? streamId)
    {
        var command = new NpgsqlCommand(
            $"""
             select s.id, coalesce(s.version, 0), e.version, e.seq_id, e.type, e."timestamp", e.data::text,
                    e.headers ->> '{EventHash.PreviousHashHeader}', e.headers ->> '{EventHash.HashHeader}'
             from "{schema}".mt_streams s
             left join "{schema}".mt_events e on e.stream_id = s.id
             where (s.version > 0 or e.version is not null){(streamId is null ? "" : " and s.id = $1")}
             order by s.id, e.version
             """, connection)
        {
            // The whole store streams through one reader; the caller's token is the limit, not a timeout.
            CommandTimeout = 0,
        };
        if (streamId is { } id)
            command.Parameters.Add(new NpgsqlParameter { Value = id });
        return command;
    }
}
