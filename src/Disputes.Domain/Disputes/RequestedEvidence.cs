namespace Disputes.Domain;

// A kind an open request names, and whether the requested party has given an item of that kind since.
public sealed record RequestedEvidence(EvidenceKind Kind, bool Mandatory, bool Satisfied);
