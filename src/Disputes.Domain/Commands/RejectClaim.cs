namespace Disputes.Domain;

// A seller rejects with evidence: at least one item.
public sealed record RejectClaim(
    Guid DisputeId,
    string Reason,
    IReadOnlyList<EvidenceItem> Evidence,
    Actor By) : WrittenCommand, IDisputeCommand
{
    public DisputeAction Action => DisputeAction.RejectClaim;
}
