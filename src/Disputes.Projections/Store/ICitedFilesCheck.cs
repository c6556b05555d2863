namespace Disputes.Projections.Store;

// Asked by the audit's verification of whoever holds evidence files: does every held file a decision cites still hash
// to the hash the decision recorded? The evidence module answers; without one, citations are not checked.
public interface ICitedFilesCheck
{
    // disputeId null: every dispute.
    Task<CitedFilesReport> Check(Guid? disputeId, CancellationToken ct);
}

public sealed record CitedFilesReport(long CitationsChecked, IReadOnlyList<UnresolvedCitation> Unresolved)
{
    public bool Intact => Unresolved.Count == 0;
}

// Problem: "missing" (no stored file has that hash) or "altered" (the stored bytes no longer hash to it).
public sealed record UnresolvedCitation(Guid DisputeId, long Version, Guid EvidenceId, string Sha256, string Problem);
