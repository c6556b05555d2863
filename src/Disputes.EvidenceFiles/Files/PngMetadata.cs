using System.Buffers.Binary;

namespace Disputes.EvidenceFiles.Files;

// Copies a PNG without its text chunks (tEXt, zTXt, iTXt: author, comments, software), eXIf and tIME, and without
// anything after IEND, where a file can carry a payload no viewer shows.
internal static class PngMetadata
{
    private static readonly HashSet<string> Dropped = ["tEXt", "zTXt", "iTXt", "eXIf", "tIME"];

    public static async Task CopyWithout(Stream input, Stream output, CancellationToken ct)
    {
        var source = new ByteSource(input);
        var header = new byte[8];
        try
        {
            if (!await source.ReadExactly(header, ct) || !header.AsSpan().SequenceEqual(FileTypes.PngSignature))
                throw EvidenceFileRejectedException.Malformed("PNG", "it does not start with the PNG signature");
            await output.WriteAsync(header, ct);
            while (await source.ReadExactly(header, ct))
            {
                var length = BinaryPrimitives.ReadUInt32BigEndian(header);
                if (length > int.MaxValue)
                    throw EvidenceFileRejectedException.Malformed("PNG", $"a chunk claims {length} bytes");
                var type = System.Text.Encoding.ASCII.GetString(header, 4, 4);
                var keep = !Dropped.Contains(type);
                if (keep)
                    await output.WriteAsync(header, ct);
                // The data and its CRC.
                await source.Pass(length + 4L, keep ? output : null, ct);
                if (type == "IEND")
                    return;
            }
            throw EvidenceFileRejectedException.Malformed("PNG", "it has no IEND chunk");
        }
        catch (EndOfStreamException)
        {
            throw EvidenceFileRejectedException.Malformed("PNG", "it ends inside a chunk");
        }
    }
}
