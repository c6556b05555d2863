namespace Disputes.EvidenceFiles.Uploads;

// Where an upload stands and where its next part goes.
public sealed record UploadView(Guid UploadId, Guid DisputeId, string FileName, long SizeBytes, long ReceivedBytes, long MaxPartBytes, string Parts, string Complete)
{
    public static UploadView From(EvidenceUpload u, long maxPartBytes) => new(
        u.Id, u.DisputeId, u.FileName, u.SizeBytes, u.ReceivedBytes, maxPartBytes,
        $"/disputes/{u.DisputeId}/evidence/uploads/{u.Id}/parts?offset={u.ReceivedBytes}",
        $"/disputes/{u.DisputeId}/evidence/uploads/{u.Id}/complete");
}
