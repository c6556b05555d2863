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

// Checks the store against a checkpoint taken earlier: first the signature, with a trusted public key (nothing in
// the file is believed before that), then, in one snapshot, that every dispute it lists still holds the recorded
// hash at the recorded version, that none of them is gone, and that the global sequence did not go backwards.
// A full re-hash after a change leaves every chain consistent; it cannot reproduce a recorded hash (SHA-256) or
// the signature (no private key), so this is what catches it. The chains themselves are HistoryVerifier's to check.
public sealed class CheckpointVerifier
{
    public const int MaxReportedFindings = 1000;
    private const int BatchSize = 10_000;

    private readonly Func<NpgsqlConnection> connect;
    private readonly Func<CancellationToken, ValueTask> ensureStorage;
    private readonly string schema;

    public CheckpointVerifier(IDocumentStore store)
    {
        connect = () => store.Storage.Database.CreateConnection(ConnectionUsage.Read);
        schema = store.Options.Events.DatabaseSchemaName;
        ensureStorage = ct => store.Storage.Database.EnsureStorageExistsAsync(typeof(IEvent), ct);
    }

    public async Task<CheckpointVerification> Verify(CheckpointFile file, CheckpointKeys trusted, CancellationToken ct)
    {
        if (Trusted(file, trusted) is { } refusal)
            return refusal;
        CheckpointPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<CheckpointPayload>(file.Payload!, CheckpointFile.Json);
        }
        catch (JsonException e)
        {
            return CheckpointVerification.Refused(file.KeyId, $"The signed payload is not a checkpoint: {e.Message}", signatureValid: true);
        }
        if (payload is null || payload.Format != CheckpointFile.CurrentFormat || payload.KeyId != file.KeyId || payload.Disputes is null)
            return CheckpointVerification.Refused(file.KeyId, "The signed payload is not a checkpoint of this format, or names another key than the file.", signatureValid: true);
        if (payload.Schema != schema)
            return CheckpointVerification.Refused(file.KeyId, $"The checkpoint was taken of schema \"{payload.Schema}\"; this store is schema \"{schema}\".", signatureValid: true);

        await ensureStorage(ct);
        await using var connection = connect();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var findings = new List<CheckpointFinding>();
        long findingCount = 0;
        foreach (var batch in payload.Disputes.Chunk(BatchSize))
            foreach (var finding in await Compare(connection, transaction, batch, ct))
            {
                if (findings.Count < MaxReportedFindings)
                    findings.Add(finding);
                findingCount++;
            }
        long sequenceNow;
        await using (var highest = new NpgsqlCommand($"""select coalesce(max(seq_id), 0) from {MartenInternals.Events(schema)}""", connection, transaction))
            sequenceNow = (long)(await highest.ExecuteScalarAsync(ct))!;
        await transaction.CommitAsync(ct);

        return new CheckpointVerification(
            true, null, payload.Id, payload.TakenAt, file.KeyId, payload.Disputes.Count, payload.Disputes.Count - findingCount,
            payload.Sequence, sequenceNow, findings, findingCount);
    }

    // A refusal when the file is malformed, signed by an untrusted key, or its signature does not match its payload.
    private static CheckpointVerification? Trusted(CheckpointFile file, CheckpointKeys trusted)
    {
        if (file.Format != CheckpointFile.CurrentFormat || file.Algorithm != CheckpointFile.EcdsaP256Sha256
            || file.KeyId is null || file.Signature is null || file.Payload is null)
            return CheckpointVerification.Refused(file.KeyId,
                $"Not a checkpoint file: format must be \"{CheckpointFile.CurrentFormat}\", algorithm \"{CheckpointFile.EcdsaP256Sha256}\", with keyId, signature and payload.");
        if (!trusted.Trusts(file.KeyId))
            return CheckpointVerification.Refused(file.KeyId,
                $"The checkpoint is signed with key {file.KeyId}, which is not a trusted key (trusted: {(trusted.TrustedKeyIds.Count == 0 ? "none configured" : string.Join(", ", trusted.TrustedKeyIds))}).");
        var signature = new byte[file.Signature.Length];
        if (!Convert.TryFromBase64String(file.Signature, signature, out var length)
            || !trusted.Verify(file.KeyId, Encoding.UTF8.GetBytes(file.Payload), signature[..length]))
            return CheckpointVerification.Refused(file.KeyId,
                $"The signature does not verify with key {file.KeyId}: the checkpoint was altered after it was signed, or signed with another key.");
        return null;
    }

    private async Task<List<CheckpointFinding>> Compare(NpgsqlConnection connection, NpgsqlTransaction transaction, CheckpointedDispute[] batch, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"""
             select d.id, d.version, d.hash, e.seq_id, e.headers ->> '{EventHash.HashHeader}',
                    e.seq_id is null and exists (select 1 from {MartenInternals.Events(schema)} x where x.stream_id = d.id)
             from unnest($1::uuid[], $2::bigint[], $3::text[]) as d(id, version, hash)
             left join {MartenInternals.Events(schema)} e on e.stream_id = d.id and e.version = d.version
             where e.seq_id is null or e.headers ->> '{EventHash.HashHeader}' is distinct from d.hash
             """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(d => d.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(d => d.Version).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(d => d.Hash).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var findings = new List<CheckpointFinding>();
        while (await reader.ReadAsync(ct))
        {
            var (id, version, recorded) = (reader.GetGuid(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            var stored = reader.IsDBNull(4) ? null : reader.GetString(4);
            findings.Add(reader.IsDBNull(3)
                ? reader.GetBoolean(5)
                    ? new CheckpointFinding(id, version, CheckpointFindingKind.EventMissing, recorded, null,
                        $"Dispute {id} no longer stores version {version}, which the checkpoint recorded as its latest: events were deleted.")
                    : new CheckpointFinding(id, version, CheckpointFindingKind.DisputeMissing, recorded, null,
                        $"Dispute {id} is gone: the checkpoint recorded it at version {version}, and no event of it is stored.")
                : new CheckpointFinding(id, version, CheckpointFindingKind.HashChanged, recorded, stored,
                    $"The event at version {version} of dispute {id} no longer has the hash the checkpoint recorded: the history up to it was changed and re-hashed."));
        }
        return findings;
    }
}
