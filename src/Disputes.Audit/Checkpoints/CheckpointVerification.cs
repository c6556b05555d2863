
namespace Disputes.Audit.Checkpoints;

// The outcome of checking the store against a checkpoint. Problem is set when the file could not be used at all
// (malformed, an untrusted key, a signature that does not verify, another schema): then nothing else was compared;
// SignatureValid says whether the signature verified with a trusted key.
// Otherwise Findings lists the disputes that no longer match (the first MaxReportedFindings; FindingCount is the
// full count) and SequenceNow is compared with the sequence the checkpoint recorded.
public sealed record CheckpointVerification(
    bool SignatureValid,
    string? Problem,
    Guid? CheckpointId,
    DateTime? TakenAt,
    string? KeyId,
    long DisputesListed,
    long DisputesMatching,
    long SequenceRecorded,
    long SequenceNow,
    IReadOnlyList<CheckpointFinding> Findings,
    long FindingCount)
{
    public bool SequenceWentBack => SequenceNow < SequenceRecorded;

    public bool Intact => Problem is null && FindingCount == 0 && !SequenceWentBack;

    public static CheckpointVerification Refused(string? keyId, string problem, bool signatureValid = false) =>
        new(signatureValid, problem, null, null, keyId, 0, 0, 0, 0, [], 0);
}

public sealed record CheckpointFinding(Guid DisputeId, long Version, CheckpointFindingKind Kind, string? RecordedHash, string? StoredHash, string Detail);

public enum CheckpointFindingKind
{
    // The event at the recorded version has another hash: the history up to it was changed and re-hashed.
    HashChanged,
    // The dispute still has events, but none at the recorded version: its newest events were deleted.
    EventMissing,
    // No event of the dispute is stored any more: its stream was deleted.
    DisputeMissing,
}
