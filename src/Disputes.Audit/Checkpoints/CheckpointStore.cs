using System.Buffers;
using System.Data;
using System.Text;
using System.Text.Json;
using Disputes.Audit.Integrity;
using Disputes.Projections.Store;
using JasperFx.Events;
using Marten;
using Marten.Storage;
using Npgsql;

namespace Disputes.Audit.Checkpoints;

// Takes, lists and reads signed checkpoints. Taking one is a single repeatable-read transaction that first locks
// the checkpoint table, so checkpoints are taken one at a time across every instance and each reads the store in
// one snapshot, taken after the lock (so it also sees the checkpoint taken just before it). A periodic checkpoint
// is skipped while the newest checkpoint is younger than the interval: however many instances run the loop, the
// checkpoints they take are at least an interval apart. Usable outside ASP.NET, like HistoryVerifier.
public sealed class CheckpointStore
{
    public const string Periodic = "periodic";
    public const string OnDemand = "on-demand";

    private readonly Func<NpgsqlConnection> connect;
    private readonly Func<CancellationToken, Task> ensureStorage;
    private readonly string schema;
    private readonly CheckpointKeys keys;

    public CheckpointStore(IDocumentStore store, CheckpointKeys keys)
    {
        connect = () => store.Storage.Database.CreateConnection();
        schema = store.Options.Events.DatabaseSchemaName;
        this.keys = keys;
        // The table is an extended schema object, which Marten creates lazily; where the app may change the schema,
        // ask for it (and the event tables) before the first checkpoint, under Marten's own migration lock.
        ensureStorage = async ct =>
        {
            await store.Storage.Database.EnsureStorageExistsAsync(typeof(IEvent), ct);
            await store.Storage.Database.EnsureStorageExistsAsync(typeof(StorageFeatures), ct);
        };
    }

    public bool CanSign => keys.SigningKeyId is not null;

    private string Table => CheckpointTable.QualifiedName(schema);

    public async Task<StoredCheckpoint> Take(string takenBy, CancellationToken ct) =>
        (await Take(OnDemand, takenBy, null, ct)).Taken!;

    // Taken is null when another checkpoint is younger than the interval; Wait is how long until one is due.
    public Task<(StoredCheckpoint? Taken, TimeSpan Wait)> TakePeriodic(TimeSpan interval, CancellationToken ct) =>
        Take(Periodic, "checkpoint scheduler", interval, ct);

    private async Task<(StoredCheckpoint? Taken, TimeSpan Wait)> Take(string kind, string takenBy, TimeSpan? interval, CancellationToken ct)
    {
        if (keys.SigningKeyId is not { } keyId)
            throw new InvalidOperationException("No checkpoint signing key is configured (Disputes:Checkpoints:SigningKey).");
        await ensureStorage(ct);
        await using var connection = connect();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        // Conflicts with itself, not with readers: one checkpoint at a time, and the snapshot starts after it.
        await Execute(connection, transaction, $"lock table {Table} in share row exclusive mode", ct);

        if (interval is { } every)
        {
            var since = await Scalar<TimeSpan?>(connection, transaction, $"select clock_timestamp() - max(taken_at) from {Table}", ct);
            if (since is { } age && age < every)
                return (null, every - age);
        }

        var id = Guid.CreateVersion7();
        DateTime takenAt;
        long sequence;
        await using (var now = new NpgsqlCommand($"""select clock_timestamp(), coalesce(max(seq_id), 0) from {MartenInternals.Events(schema)}""", connection, transaction))
        await using (var reader = await now.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            (takenAt, sequence) = (reader.GetFieldValue<DateTime>(0), reader.GetInt64(1));
        }

        var (payload, disputes) = await Payload(connection, transaction, id, takenAt, keyId, sequence, ct);
        var document = new CheckpointFile(CheckpointFile.CurrentFormat, keyId, CheckpointFile.EcdsaP256Sha256,
            Convert.ToBase64String(keys.Sign(payload)), Encoding.UTF8.GetString(payload)).ToJson();
        var summary = new CheckpointSummary(id, takenAt, kind, takenBy, keyId, sequence, disputes);
        await Execute(connection, transaction,
            $"insert into {Table} (id, taken_at, kind, taken_by, key_id, sequence, disputes, document) values ($1, $2, $3, $4, $5, $6, $7, $8)", ct,
            id, takenAt, kind, takenBy, keyId, sequence, disputes, document);
        await transaction.CommitAsync(ct);
        return (new StoredCheckpoint(summary, document), interval ?? TimeSpan.Zero);
    }

    // Written as the rows stream in, so a store of millions of disputes is never held as objects. The tombstone
    // stream records no version and is left out, as by verification.
    private async Task<(byte[] Payload, long Disputes)> Payload(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, DateTime takenAt, string keyId, long sequence, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>();
        long disputes = 0;
        await using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("format", CheckpointFile.CurrentFormat);
            json.WriteString("id", id);
            json.WriteString("schema", schema);
            json.WriteString("takenAt", DateTime.SpecifyKind(takenAt, DateTimeKind.Utc));
            json.WriteString("keyId", keyId);
            json.WriteNumber("sequence", sequence);
            json.WriteStartArray("disputes");
            await using var command = new NpgsqlCommand(
                $"""
                 select s.id, s.version, e.headers ->> '{EventHash.HashHeader}'
                 from {MartenInternals.Streams(schema)} s
                 left join {MartenInternals.Events(schema)} e on e.stream_id = s.id and e.version = s.version
                 where s.version > 0
                 order by s.id
                 """, connection, transaction);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                json.WriteStartObject();
                json.WriteString("id", reader.GetGuid(0));
                json.WriteNumber("version", reader.GetInt64(1));
                if (reader.IsDBNull(2))
                    json.WriteNull("hash");
                else
                    json.WriteString("hash", reader.GetString(2));
                json.WriteEndObject();
                disputes++;
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return (buffer.WrittenSpan.ToArray(), disputes);
    }

    // Newest first; before pages back by taken_at.
    public async Task<IReadOnlyList<CheckpointSummary>> List(int limit, DateTime? before, CancellationToken ct)
    {
        await ensureStorage(ct);
        await using var connection = connect();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
             select id, taken_at, kind, taken_by, key_id, sequence, disputes from {Table}
             where $1::timestamptz is null or taken_at < $1 order by taken_at desc, id desc limit $2
             """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)before ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var summaries = new List<CheckpointSummary>();
        while (await reader.ReadAsync(ct))
            summaries.Add(Summary(reader));
        return summaries;
    }

    // id null: the newest checkpoint.
    public async Task<StoredCheckpoint?> Find(Guid? id, CancellationToken ct)
    {
        await ensureStorage(ct);
        await using var connection = connect();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
             select id, taken_at, kind, taken_by, key_id, sequence, disputes, document from {Table}
             where $1::uuid is null or id = $1 order by taken_at desc, id desc limit 1
             """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)id ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new StoredCheckpoint(Summary(reader), reader.GetString(7)) : null;
    }

    private static CheckpointSummary Summary(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetFieldValue<DateTime>(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5), reader.GetInt64(6));

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct, params object[] args)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var arg in args)
            command.Parameters.Add(new NpgsqlParameter { Value = arg });
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull or null ? default! : (T)value;
    }
}
