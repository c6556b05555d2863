namespace Disputes.EvidenceFiles.Storage;

// Thrown by the store's writer the moment a file passes its limit, so an oversized upload is cut off, not read to the end.
public sealed class EvidenceTooLargeException(long limitBytes) : Exception($"The file is larger than {limitBytes} bytes.")
{
    public long LimitBytes { get; } = limitBytes;
}
