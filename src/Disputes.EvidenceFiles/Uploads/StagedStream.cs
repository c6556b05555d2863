using Disputes.EvidenceFiles.Storage;
using Npgsql;

namespace Disputes.EvidenceFiles.Uploads;

// An upload's staged chunks read forward in order, fetching the next when the current one is used up. Owns its connection.
internal sealed class StagedStream(NpgsqlConnection connection, string chunksTable, Guid key, int chunkCount) : ChunkStream(connection, chunksTable, key)
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
            chunk = await Chunk(next, ct);
            offset = 0;
            next++;
        }
        var take = Math.Min(destination.Length, chunk.Length - offset);
        chunk.AsMemory(offset, take).CopyTo(destination);
        offset += take;
        return take;
    }

    protected override string Missing(int index) => $"Part {index} of upload {Key} is missing.";
}
