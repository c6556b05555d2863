namespace Disputes.EvidenceFiles.Uploads;

// A part that does not start where the upload stands: a retry of a part already taken, or a gap.
public sealed class UploadOffsetException(long expected) : Exception($"The next part starts at byte {expected}.")
{
    public long Expected { get; } = expected;
}
