namespace Disputes.EvidenceFiles.Storage;

// Where held files live, by their SHA-256. PostgreSQL by default (PostgresEvidenceStore); an S3-compatible object
// store fits the same shape: Put streams a multipart upload to a temporary key and copies it to the hash, Open
// reads with ranged GETs. Files are immutable. The retention clock deletes the PostgreSQL default's rows in its own
// transaction (HeldFileReferences); another store would delete from the same event.
public interface IEvidenceStore
{
    // Runs write against a stream that hashes, counts and stores what it is given, at most maxBytes (more throws
    // EvidenceTooLargeException and stores nothing). The same bytes stored before are kept once.
    Task<StoredFile> Put(Func<Stream, CancellationToken, Task> write, long maxBytes, CancellationToken ct);

    Task<StoredFile?> Find(string sha256, CancellationToken ct);

    // A seekable, read-only stream of the file (ranges read only the chunks they touch); null when not held.
    Task<Stream?> Open(string sha256, CancellationToken ct);

    // Whether the stored bytes still hash to their name: what an auditor relies on when a decision cites them.
    Task<bool> StillHashesTo(string sha256, CancellationToken ct);
}
