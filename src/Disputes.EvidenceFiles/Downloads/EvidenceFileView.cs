using Disputes.Domain;

namespace Disputes.EvidenceFiles.Downloads;

// One item as listed: a held file with the path of its content (none once its retention ran out), a link item with the
// storefront's uri.
public sealed record EvidenceFileView(
    Guid EvidenceId, EvidenceKind Kind, string FileName, string MediaType, long SizeBytes, string Sha256, EvidenceVisibility Visibility,
    bool Held, string? Uri, string? Content)
{
    public static EvidenceFileView From(Dispute d, EvidenceItem e) => new(
        e.EvidenceId, e.Kind, e.FileName, e.MediaType, e.SizeBytes, e.Sha256, e.Visibility, e.Held, e.Uri,
        e.Held && !d.FilesExpired ? $"/disputes/{d.Id}/evidence/{e.EvidenceId}/content" : null);
}
