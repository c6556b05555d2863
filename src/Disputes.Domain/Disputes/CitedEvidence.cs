namespace Disputes.Domain;

// An item a decision weighed, with the hash it had: the decision stands on these bytes, and an auditor can check
// that a held file still hashes to it.
public sealed record CitedEvidence(Guid EvidenceId, string Sha256, bool Held);
