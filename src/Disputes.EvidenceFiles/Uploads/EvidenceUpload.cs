namespace Disputes.EvidenceFiles.Uploads;

// A large file on its way in: SizeBytes declared when it was created, ReceivedBytes so far (where the next part
// starts, so a client that lost an answer resumes from here).
public sealed record EvidenceUpload(Guid Id, Guid DisputeId, string CreatedBy, string FileName, long SizeBytes, long ReceivedBytes, int PartCount)
{
    public bool Complete => ReceivedBytes == SizeBytes;
}
