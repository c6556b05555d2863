using Npgsql;

namespace Disputes.EvidenceFiles.Storage;

// A held file as a seekable stream, for ranged downloads: a read fetches only the chunk under the position and keeps
// that one chunk, so serving a 200 MB file holds one chunk in memory. Owns its connection.
internal sealed class StoredFileStream(NpgsqlConnection connection, string chunksTable, Guid key, long length, int chunkBytes) : Stream
{
    private byte[]? chunk;
    private int chunkIndex = -1;
    private long position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => position;
        set => position = value is >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken ct = default)
    {
        if (position >= length || destination.Length == 0)
            return 0;
        var index = (int)(position / chunkBytes);
        if (index != chunkIndex)
        {
            chunk = await Fetch(index, ct);
            chunkIndex = index;
        }
        var offset = (int)(position - (long)index * chunkBytes);
        var count = Math.Min(destination.Length, chunk!.Length - offset);
        if (count <= 0)
            throw new IOException($"Chunk {index} of stored file {key} is shorter than its place in the file.");
        chunk.AsMemory(offset, count).CopyTo(destination);
        position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        _ => length + offset,
    };

    private async Task<byte[]> Fetch(int index, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"select data from {chunksTable} where content_key = $1 and index = $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = index });
        return await command.ExecuteScalarAsync(ct) as byte[] ?? throw new IOException($"Chunk {index} of stored file {key} is missing.");
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

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
