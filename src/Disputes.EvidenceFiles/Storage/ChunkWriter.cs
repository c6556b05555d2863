using System.Security.Cryptography;

namespace Disputes.EvidenceFiles.Storage;

// The write side of Put: a forward-only stream that hashes and counts every byte and hands each full chunk to
// flush. It holds one chunk at a time, so memory stays at the chunk size whatever the file's.
internal sealed class ChunkWriter(int chunkBytes, long maxBytes, Func<ReadOnlyMemory<byte>, int, CancellationToken, Task> flush) : Stream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] buffer = new byte[chunkBytes];
    private int filled;

    public long Written { get; private set; }

    public int Chunks { get; private set; }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken ct = default)
    {
        if (Written + data.Length > maxBytes)
            throw new EvidenceTooLargeException(maxBytes);
        hash.AppendData(data.Span);
        Written += data.Length;
        while (data.Length > 0)
        {
            var take = Math.Min(data.Length, buffer.Length - filled);
            data[..take].CopyTo(buffer.AsMemory(filled));
            filled += take;
            data = data[take..];
            if (filled == buffer.Length)
                await FlushChunk(ct);
        }
    }

    public override Task WriteAsync(byte[] data, int offset, int count, CancellationToken ct) => WriteAsync(data.AsMemory(offset, count), ct).AsTask();

    public override void Write(byte[] data, int offset, int count) => WriteAsync(data, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    // The last, partial chunk; then the file's name.
    public async Task<string> Finish(CancellationToken ct)
    {
        if (filled > 0 || Chunks == 0)
            await FlushChunk(ct);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private async Task FlushChunk(CancellationToken ct)
    {
        await flush(buffer.AsMemory(0, filled), Chunks, ct);
        Chunks++;
        filled = 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            hash.Dispose();
        base.Dispose(disposing);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => Written;
    public override long Position { get => Written; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override Task FlushAsync(CancellationToken ct) => Task.CompletedTask;
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
