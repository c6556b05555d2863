using Disputes.EvidenceFiles.Settings;
using Disputes.EvidenceFiles.Storage;
using Disputes.Hosting.Workers;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Disputes.EvidenceFiles.Uploads;

// The large-file flow's staging, in PostgreSQL whatever the evidence store: parts are kept as raw chunks under the
// upload's id, each part in one transaction with the upload's new offset, so a part is either wholly taken or not at
// all; completing reads them back in order through the same ingest as a one-shot upload.
public sealed class EvidenceUploads(IDocumentStore store, PostgresEvidenceStore files, IOptions<EvidenceOptions> options) : StoreSql(store)
{
    private string Uploads => EvidenceTables.Qualified(Schema, EvidenceTables.Uploads);
    private string Chunks => EvidenceTables.Qualified(Schema, EvidenceTables.Chunks);

    public async Task<EvidenceUpload> Create(Guid disputeId, string createdBy, string fileName, long sizeBytes, CancellationToken ct)
    {
        await files.EnsureStorageAsync(ct);
        var upload = new EvidenceUpload(Guid.CreateVersion7(), disputeId, createdBy, fileName, sizeBytes, 0, 0);
        await Execute($"insert into {Uploads} (id, dispute_id, created_by, file_name, size_bytes, received_bytes, part_count, created_at) values ($1, $2, $3, $4, $5, 0, 0, now())",
            ct, upload.Id, disputeId, createdBy, fileName, sizeBytes);
        return upload;
    }

    public async Task<EvidenceUpload?> Find(Guid disputeId, Guid uploadId, CancellationToken ct)
    {
        await files.EnsureStorageAsync(ct);
        var rows = await Query($"select id, dispute_id, created_by, file_name, size_bytes, received_bytes, part_count from {Uploads} where id = $1 and dispute_id = $2",
            r => new EvidenceUpload(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt64(5), r.GetInt32(6)), ct, uploadId, disputeId);
        return rows.Count == 0 ? null : rows[0];
    }

    // Streams the part into chunks; more bytes than the upload declared is a 413 and takes nothing.
    public async Task<EvidenceUpload> Append(EvidenceUpload upload, long offset, Stream part, CancellationToken ct)
    {
        if (offset != upload.ReceivedBytes)
            throw new UploadOffsetException(upload.ReceivedBytes);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var remaining = upload.SizeBytes - upload.ReceivedBytes;
        var index = upload.PartCount;
        long received = 0;
        var buffer = new byte[options.Value.ChunkBytes];
        while (true)
        {
            var read = await part.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
            if (read == 0)
                break;
            received += read;
            if (received > remaining)
                throw new EvidenceTooLargeException(upload.SizeBytes);
            await using var insert = new NpgsqlCommand($"insert into {Chunks} (content_key, index, data) values ($1, $2, $3)", connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter { Value = upload.Id });
            insert.Parameters.Add(new NpgsqlParameter { Value = index++ });
            insert.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = buffer.AsMemory(0, read), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea });
            await insert.ExecuteNonQueryAsync(ct);
        }
        // Guarded by the offset: a racing part with the same offset commits first or not at all.
        var moved = await Execute(connection, transaction,
            $"update {Uploads} set received_bytes = received_bytes + $2, part_count = $3 where id = $1 and received_bytes = $4",
            ct, upload.Id, received, index, offset);
        if (moved == 0)
            throw new UploadOffsetException((await Find(upload.DisputeId, upload.Id, ct))?.ReceivedBytes ?? offset);
        await transaction.CommitAsync(ct);
        return upload with { ReceivedBytes = upload.ReceivedBytes + received, PartCount = index };
    }

    // The staged bytes in order, one chunk in memory at a time.
    public async Task<Stream> Read(EvidenceUpload upload, CancellationToken ct) =>
        new StagedStream(await OpenAsync(ct), Chunks, upload.Id, upload.PartCount);

    public async Task Delete(EvidenceUpload upload, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await Execute(connection, transaction, $"delete from {Chunks} where content_key = $1", ct, upload.Id);
        await Execute(connection, transaction, $"delete from {Uploads} where id = $1", ct, upload.Id);
        await transaction.CommitAsync(ct);
    }
}
