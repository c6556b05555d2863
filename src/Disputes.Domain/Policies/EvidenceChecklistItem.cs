namespace Disputes.Domain;

// One line of the policy's evidence checklist: for a dispute of this reason, the kind a mediator usually asks of whom.
public sealed record EvidenceChecklistItem(DisputeReason Reason, Party From, EvidenceKind Kind, bool Mandatory);
