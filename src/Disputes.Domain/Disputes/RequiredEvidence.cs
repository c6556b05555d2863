namespace Disputes.Domain;

// One kind of evidence a mediator's request names: without a mandatory one the request stays open.
public sealed record RequiredEvidence(EvidenceKind Kind, bool Mandatory);
