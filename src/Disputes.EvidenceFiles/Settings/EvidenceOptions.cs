namespace Disputes.EvidenceFiles.Settings;

// Disputes:Evidence. The size of one file is the dispute policy's (Disputes:Policy:MaxEvidenceBytes); these bound
// what a request and a dispute may carry, and how the store cuts and keeps files.
public sealed class EvidenceOptions
{
    public const string Section = "Disputes:Evidence";

    // The body limit of the upload endpoints (a multipart file, one part of a large upload), instead of the API's
    // Disputes:Limits:MaxRequestBodyBytes; a file larger than this goes through the large-file flow, part by part.
    public long MaxRequestBytes { get; set; } = 16L * 1024 * 1024;

    // All the files one dispute holds, together.
    public long MaxBytesPerDispute { get; set; } = 200L * 1024 * 1024;

    // The unit of storage and of the memory an upload or a download holds.
    public int ChunkBytes { get; set; } = 1024 * 1024;
}
