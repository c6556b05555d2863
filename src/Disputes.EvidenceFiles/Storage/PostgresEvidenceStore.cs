using Disputes.EvidenceFiles.Settings;
using Disputes.Hosting.Workers;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Disputes.EvidenceFiles.Storage;

// The default store: chunks of bytea in PostgreSQL, so `./disputes run` needs nothing more and a file commits with
// the same backups as the events that cite it. Chunks are written one statement at a time as they stream in; the
// blob row that names them by hash is written last, and a duplicate's chunks are dropped at once.
public sealed class PostgresEvidenceStore(IDocumentStore store, IOptions<EvidenceOptions> options) : StoreSql(store), IEvidenceStore
{
    private volatile bool storageReady;

    private string Blobs => EvidenceTables.Qualified(Schema, EvidenceTables.Blobs);
    private string Chunks => EvidenceTables.Qualified(Schema, EvidenceTables.Chunks);

    public async Task<StoredFile> Put(Func<Stream, CancellationToken, Task> write, long maxBytes, CancellationToken ct)
    {
        await EnsureStorageAsync(ct);
        var chunkBytes = options.Value.ChunkBytes;
        var key = Guid.CreateVersion7();
        await using var connection = await OpenAsync(ct);
        await using var writer = new ChunkWriter(chunkBytes, maxBytes, (data, index, token) => InsertChunk(connection, key, index, data, token));
        try
        {
            await write(writer, ct);
            var sha256 = await writer.Finish(ct);
            var named = await Execute(connection, null,
                $"insert into {Blobs} (sha256, size_bytes, content_key, chunk_bytes, chunk_count, stored_at) values ($1, $2, $3, $4, $5, now()) on conflict (sha256) do nothing",
                ct, sha256, writer.Written, key, chunkBytes, writer.Chunks);
            if (named == 0)
                await DropChunks(connection, key, ct);
            return new StoredFile(sha256, writer.Written);
        }
        catch
        {
            // Not the request's token: a client that went away must not leave its half file behind.
            if (connection.State == System.Data.ConnectionState.Open)
                await DropChunks(connection, key, CancellationToken.None);
            throw;
        }
    }

    public async Task<StoredFile?> Find(string sha256, CancellationToken ct) =>
        (await Blob(sha256, ct)) is { } blob ? new StoredFile(sha256, blob.Size) : null;

    public async Task<Stream?> Open(string sha256, CancellationToken ct)
    {
        if (await Blob(sha256, ct) is not { } blob)
            return null;
        var connection = await OpenAsync(ct);
        return new StoredFileStream(connection, Chunks, blob.Key, blob.Size, blob.ChunkBytes);
    }

    // Reads every chunk in order, one row at a time, and compares hash, size and chunk count with the blob's row.
    public async Task<bool> StillHashesTo(string sha256, CancellationToken ct)
    {
        if (await Blob(sha256, ct) is not { } blob)
            return false;
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand($"select index, data from {Chunks} where content_key = $1 order by index", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = blob.Key });
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        long size = 0;
        var expectedIndex = 0;
        while (await reader.ReadAsync(ct))
        {
            if (reader.GetInt32(0) != expectedIndex++)
                return false;
            var data = await reader.GetFieldValueAsync<byte[]>(1, ct);
            hash.AppendData(data);
            size += data.Length;
        }
        return expectedIndex == blob.ChunkCount && size == blob.Size && Convert.ToHexStringLower(hash.GetHashAndReset()) == sha256;
    }

    internal async Task EnsureStorageAsync(CancellationToken ct)
    {
        if (storageReady)
            return;
        await Store.Storage.Database.EnsureStorageExistsAsync(typeof(Marten.Storage.StorageFeatures), ct);
        storageReady = true;
    }

    internal async Task InsertChunk(NpgsqlConnection connection, Guid key, int index, ReadOnlyMemory<byte> data, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"insert into {Chunks} (content_key, index, data) values ($1, $2, $3)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = index });
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = data, NpgsqlDbType = NpgsqlDbType.Bytea });
        await command.ExecuteNonQueryAsync(ct);
    }

    private Task DropChunks(NpgsqlConnection connection, Guid key, CancellationToken ct) =>
        Execute(connection, null, $"delete from {Chunks} where content_key = $1", ct, key);

    private async Task<BlobRow?> Blob(string sha256, CancellationToken ct)
    {
        await EnsureStorageAsync(ct);
        var rows = await Query($"select content_key, size_bytes, chunk_bytes, chunk_count from {Blobs} where sha256 = $1",
            r => new BlobRow(r.GetGuid(0), r.GetInt64(1), r.GetInt32(2), r.GetInt32(3)), ct, sha256);
        return rows.Count == 0 ? null : rows[0];
    }

    private sealed record BlobRow(Guid Key, long Size, int ChunkBytes, int ChunkCount);
}
