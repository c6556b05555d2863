using Npgsql;

namespace Disputes.EvidenceFiles.Uploads;

// An upload's staged chunks read forward in order, fetching the next when the current one is used up. Owns its connection.
internal sealed class StagedStream(NpgsqlConnection connection, string chunksTable, Guid key, int chunkCount) : Stream
{
    private byte[] chunk = [];
    private int offset;
    private int next;

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken ct = default)
    {
        while (offset == chunk.Length)
        {
            if (next == chunkCount)
                return 0;
            await using var command = new NpgsqlCommand($"select data from {chunksTable} where content_key = $1 and index = $2", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            command.Parameters.Add(new NpgsqlParameter { Value = next });
            chunk = await command.ExecuteScalarAsync(ct) as byte[] ?? throw new IOException($"Part {next} of upload {key} is missing.");
            offset = 0;
            next++;
        }
        var take = Math.Min(destination.Length, chunk.Length - offset);
        chunk.AsMemory(offset, take).CopyTo(destination);
        offset += take;
        return take;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();
    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

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

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
