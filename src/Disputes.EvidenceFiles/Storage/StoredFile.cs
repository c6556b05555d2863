namespace Disputes.EvidenceFiles.Storage;

public sealed record StoredFile(string Sha256, long SizeBytes);
