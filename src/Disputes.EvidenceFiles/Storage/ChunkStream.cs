using Npgsql;

namespace Disputes.EvidenceFiles.Storage;

// A file kept as numbered chunks under one content key (a stored file, or an upload's staged parts), read chunk by
// chunk on a connection the stream owns and closes.
internal abstract class ChunkStream(NpgsqlConnection connection, string chunksTable, Guid key) : ReadOnlyStream
{
    protected Guid Key { get; } = key;

    // The message when chunk `index` is not there.
    protected abstract string Missing(int index);

    protected async Task<byte[]> Chunk(int index, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"select data from {chunksTable} where content_key = $1 and index = $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = Key });
        command.Parameters.Add(new NpgsqlParameter { Value = index });
        return await command.ExecuteScalarAsync(ct) as byte[] ?? throw new IOException(Missing(index));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            connection.Dispose();
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync();
        await base.DisposeAsync();
    }
}
