using Disputes.EvidenceFiles.Storage;

namespace Disputes.EvidenceFiles.Files;

// The bytes read to recognise a file, put back in front of the rest of it.
internal sealed class PrefixedStream(ReadOnlyMemory<byte> head, Stream rest) : ReadOnlyStream
{
    private ReadOnlyMemory<byte> head = head;

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken ct = default)
    {
        if (head.IsEmpty)
            return await rest.ReadAsync(destination, ct);
        var take = Math.Min(head.Length, destination.Length);
        head[..take].CopyTo(destination);
        head = head[take..];
        return take;
    }
}
