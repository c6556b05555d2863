using System.Text;

namespace Disputes.IntegrationTests.HeldFiles;

// Files built byte by byte, so each test knows exactly what the store must keep: fixed contents, no randomness.
public static class SampleFiles
{
    // A camera's APP1: "Exif", a TIFF header and a GPS block with the recognisable text a leak would show.
    public static readonly byte[] ExifSegment = Segment(0xE1, [.. "Exif\0\0MM\0*"u8.ToArray(), .. "GPSLatitude=55.7558N;GPSLongitude=37.6173E"u8.ToArray()]);

    private static readonly byte[] Jfif = Segment(0xE0, [.. "JFIF\0"u8.ToArray(), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
    private static readonly byte[] Quantisation = Segment(0xDB, [0, .. Enumerable.Range(1, 64).Select(i => (byte)i)]);
    private static readonly byte[] ScanHeader = Segment(0xDA, [1, 1, 0, 0, 63, 0]);

    // SOI, JFIF, EXIF with a location, a quantisation table, a scan of `scanBytes` entropy-coded bytes, EOI.
    public static byte[] JpegWithLocation(int scanBytes = 20_000) => [0xFF, 0xD8, .. Jfif, .. ExifSegment, .. Quantisation, .. ScanHeader, .. Scan(scanBytes), 0xFF, 0xD9];

    // The same image as the store must keep it: the EXIF segment gone, every other byte where it was.
    public static byte[] JpegWithoutLocation(int scanBytes = 20_000) => [0xFF, 0xD8, .. Jfif, .. Quantisation, .. ScanHeader, .. Scan(scanBytes), 0xFF, 0xD9];

    public static byte[] Png(bool withText)
    {
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        var header = PngChunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
        var text = PngChunk("tEXt", [.. "Author\0Jane Buyer, 12 Tverskaya St"u8.ToArray()]);
        var data = PngChunk("IDAT", [0x78, 0x9C, 0x63, 0x60, 0, 0, 0, 2, 0, 1]);
        var end = PngChunk("IEND", []);
        return withText ? [.. signature, .. header, .. text, .. data, .. end] : [.. signature, .. header, .. data, .. end];
    }

    // A PDF of the given size: a header, then a fixed pattern that is not the same in every chunk.
    public static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        var header = "%PDF-1.7\n"u8;
        header.CopyTo(bytes);
        for (var i = header.Length; i < size; i++)
            bytes[i] = (byte)((i * 31 + i / 4093) % 251);
        return bytes;
    }

    public static byte[] Html => Encoding.UTF8.GetBytes("<html><script>alert('not a photo')</script></html>");

    // Never 0xFF, so no byte of it reads as a marker.
    private static byte[] Scan(int count) => [.. Enumerable.Range(0, count).Select(i => (byte)(i * 7 % 255))];

    private static byte[] Segment(byte marker, byte[] body) => [0xFF, marker, (byte)((body.Length + 2) >> 8), (byte)((body.Length + 2) & 0xFF), .. body];

    // The CRC is not checked by the store, which copies chunks it keeps byte for byte.
    private static byte[] PngChunk(string type, byte[] data) =>
        [(byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length, .. Encoding.ASCII.GetBytes(type), .. data, 0, 0, 0, 0];
}
