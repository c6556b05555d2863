namespace Disputes.Domain;

// Metadata only: the file itself stays with the storefront at Uri; the hash lets an auditor prove it is unchanged.
public sealed record EvidenceItem(
    Guid EvidenceId,
    EvidenceKind Kind,
    string FileName,
    string MediaType,
    long SizeBytes,
    string Sha256,
    string Uri);
