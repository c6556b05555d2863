namespace Disputes.EvidenceFiles.Files;

// The allow-list, recognised from the file's first bytes: what a client says the type is decides nothing. Each
// type brings how it is copied into the store — images without the metadata that can locate or name a person.
internal static class FileTypes
{
    public const int HeadBytes = 16;

    public static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static IReadOnlyList<string> Allowed { get; } = ["image/jpeg", "image/png", "application/pdf", "video/mp4", "video/quicktime"];

    public static FileType? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
            return new("image/jpeg", JpegMetadata.CopyWithout);
        if (head.StartsWith(PngSignature))
            return new("image/png", PngMetadata.CopyWithout);
        if (head.StartsWith("%PDF-"u8))
            return new("application/pdf", Verbatim);
        // ISO base media: a box size, then "ftyp" and the major brand.
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
            return new(head[8..12].SequenceEqual("qt  "u8) ? "video/quicktime" : "video/mp4", Verbatim);
        return null;
    }

    private static Task Verbatim(Stream input, Stream output, CancellationToken ct) => input.CopyToAsync(output, ct);
}

internal sealed record FileType(string MediaType, Func<Stream, Stream, CancellationToken, Task> Copy);
