namespace Disputes.EvidenceFiles.Files;

// Copies a JPEG without its APP1 (EXIF, with the camera's GPS position, and XMP) and APP13 (IPTC) segments. They all
// come before the first scan, so the walk stops at SOS and copies the image data as it is.
internal static class JpegMetadata
{
    private const int App1 = 0xE1, App13 = 0xED, StartOfScan = 0xDA, EndOfImage = 0xD9;

    public static async Task CopyWithout(Stream input, Stream output, CancellationToken ct)
    {
        var source = new ByteSource(input);
        var header = new byte[4];
        try
        {
            if (!await source.ReadExactly(header.AsMemory(0, 2), ct) || header[0] != 0xFF || header[1] != 0xD8)
                throw EvidenceFileRejectedException.Malformed("JPEG", "it does not start with SOI");
            await output.WriteAsync(header.AsMemory(0, 2), ct);
            while (true)
            {
                if (await source.ReadByte(ct) != 0xFF)
                    throw EvidenceFileRejectedException.Malformed("JPEG", "a segment does not start with a marker");
                var marker = await source.ReadByte(ct);
                while (marker == 0xFF)
                    marker = await source.ReadByte(ct);
                if (marker < 0)
                    throw new EndOfStreamException();
                header[0] = 0xFF;
                header[1] = (byte)marker;
                if (marker == EndOfImage)
                {
                    await output.WriteAsync(header.AsMemory(0, 2), ct);
                    return;
                }
                // Standalone markers (TEM, RSTn) carry no length.
                if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
                {
                    await output.WriteAsync(header.AsMemory(0, 2), ct);
                    continue;
                }
                if (!await source.ReadExactly(header.AsMemory(2, 2), ct))
                    throw new EndOfStreamException();
                var length = (header[2] << 8) | header[3];
                if (length < 2)
                    throw EvidenceFileRejectedException.Malformed("JPEG", $"segment 0x{marker:X2} has length {length}");
                if (marker is App1 or App13)
                {
                    await source.Pass(length - 2, null, ct);
                    continue;
                }
                await output.WriteAsync(header, ct);
                if (marker == StartOfScan)
                {
                    await source.PassRest(output, ct);
                    return;
                }
                await source.Pass(length - 2, output, ct);
            }
        }
        catch (EndOfStreamException)
        {
            throw EvidenceFileRejectedException.Malformed("JPEG", "it ends inside a segment");
        }
    }
}
