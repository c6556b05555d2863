namespace Disputes.Evidence.Storage;

public sealed record StoredFile(string Sha256, long SizeBytes);
