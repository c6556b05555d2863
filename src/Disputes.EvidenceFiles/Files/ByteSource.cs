namespace Disputes.EvidenceFiles.Files;

// Reads a stream forward through one small buffer, for the format walkers: they look at headers a few bytes at a
// time and copy or skip the bodies between them without holding them.
internal sealed class ByteSource(Stream input)
{
    private readonly byte[] buffer = new byte[64 * 1024];
    private int start, end;

    public async ValueTask<int> ReadByte(CancellationToken ct)
    {
        if (start == end && !await Fill(ct))
            return -1;
        return buffer[start++];
    }

    // False at a clean end of stream before the first byte; a stream that ends part-way is malformed.
    public async ValueTask<bool> ReadExactly(Memory<byte> into, CancellationToken ct)
    {
        var got = 0;
        while (got < into.Length)
        {
            if (start == end && !await Fill(ct))
                return got == 0 ? false : throw new EndOfStreamException();
            var take = Math.Min(into.Length - got, end - start);
            buffer.AsMemory(start, take).CopyTo(into[got..]);
            start += take;
            got += take;
        }
        return true;
    }

    // Copies count bytes to output (or drops them, output null).
    public async ValueTask Pass(long count, Stream? output, CancellationToken ct)
    {
        while (count > 0)
        {
            if (start == end && !await Fill(ct))
                throw new EndOfStreamException();
            var take = (int)Math.Min(count, end - start);
            if (output is not null)
                await output.WriteAsync(buffer.AsMemory(start, take), ct);
            start += take;
            count -= take;
        }
    }

    public async ValueTask PassRest(Stream output, CancellationToken ct)
    {
        do
        {
            if (end > start)
                await output.WriteAsync(buffer.AsMemory(start, end - start), ct);
            start = end;
        }
        while (await Fill(ct));
    }

    private async ValueTask<bool> Fill(CancellationToken ct)
    {
        start = 0;
        end = await input.ReadAsync(buffer, ct);
        return end > 0;
    }
}
