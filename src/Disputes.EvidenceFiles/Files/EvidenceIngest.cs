using Disputes.EvidenceFiles.Storage;

namespace Disputes.EvidenceFiles.Files;

// One way in for every file, whichever flow brought it: recognise the type from the bytes, copy it into the store
// through its format's metadata filter, and name it by the hash of what was stored.
public sealed class EvidenceIngest(IEvidenceStore store)
{
    // declaredMediaType: what the client said (a part's Content-Type); a specific type that the bytes contradict is
    // refused as a spoof, application/octet-stream or none means "look".
    public async Task<IngestedFile> Store(Stream content, string? declaredMediaType, long maxBytes, CancellationToken ct)
    {
        var head = new byte[FileTypes.HeadBytes];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        if (read == 0)
            throw new EvidenceFileRejectedException(StatusCodes.Status400BadRequest, "The file is empty.");
        var type = FileTypes.Detect(head.AsSpan(0, read))
            ?? throw new EvidenceFileRejectedException(StatusCodes.Status415UnsupportedMediaType,
                $"The file's bytes are none of the accepted types ({string.Join(", ", FileTypes.Allowed)}).");
        if (Declared(declaredMediaType) is { } declared && !string.Equals(declared, type.MediaType, StringComparison.OrdinalIgnoreCase))
            throw new EvidenceFileRejectedException(StatusCodes.Status415UnsupportedMediaType,
                $"The file was sent as {declared}, but its bytes are {type.MediaType}.");
        var stored = await store.Put((output, token) => type.Copy(new PrefixedStream(head.AsMemory(0, read), content), output, token), maxBytes, ct);
        return new IngestedFile(stored.Sha256, stored.SizeBytes, type.MediaType);
    }

    private static string? Declared(string? mediaType) =>
        mediaType?.Split(';')[0].Trim() is { Length: > 0 } bare && !bare.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase) ? bare : null;
}

public sealed record IngestedFile(string Sha256, long SizeBytes, string MediaType);
