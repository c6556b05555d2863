using Npgsql;

namespace Disputes.EvidenceFiles.Storage;

// A held file as a seekable stream, for ranged downloads: a read fetches only the chunk under the position and keeps
// that one chunk, so serving a 200 MB file holds one chunk in memory. Owns its connection.
internal sealed class StoredFileStream(NpgsqlConnection connection, string chunksTable, Guid key, long length, int chunkBytes)
    : ChunkStream(connection, chunksTable, key)
{
    private byte[]? chunk;
    private int chunkIndex = -1;
    private long position;

    public override bool CanSeek => true;
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
            chunk = await Chunk(index, ct);
            chunkIndex = index;
        }
        var offset = (int)(position - (long)index * chunkBytes);
        var count = Math.Min(destination.Length, chunk!.Length - offset);
        if (count <= 0)
            throw new IOException($"Chunk {index} of stored file {Key} is shorter than its place in the file.");
        chunk.AsMemory(offset, count).CopyTo(destination);
        position += count;
        return count;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        _ => length + offset,
    };

    protected override string Missing(int index) => $"Chunk {index} of stored file {Key} is missing.";
}
